package org.supcert.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.supcert.io.InputException;
import org.supcert.io.StrictJson;
import org.supcert.poly.SolverLimits;
import org.supcert.support.SupportChain;
import org.supcert.support.io.SupportFile;

/**
 * {@code supcert recheck}'s work: re-verify every certificate in a document from scratch (exact
 * curve check, Z3 unattainability; CLOSED certificates against their support), each distinct one
 * once, in document order.
 */
public final class CertificateRecheck {
    private CertificateRecheck() {}

    /**
     * What the recheck found.
     *
     * @param lines    one report line (or a few) per certificate
     * @param allValid no certificate failed
     * @param skipped  some CLOSED certificate was not re-checked (no support given)
     */
    public record Result(List<String> lines, boolean allValid, boolean skipped) {
        public Result {
            lines = List.copyOf(lines);
        }
    }

    /**
     * Re-checks the certificates of {@code file}: a certificate, or {@code check --json} or
     * {@code certify --json} output.
     *
     * @param support        the support the certificates must be restrictions of, or null
     * @param timeoutSeconds the Z3 time-out per certificate
     */
    public static Result run(Path file, Path support, double timeoutSeconds) {
        JsonNode root = StrictJson.read(file);
        List<NotClosedCertificate> certs = new ArrayList<>();
        List<ClosednessCertificate> proofs = new ArrayList<>();
        try {
            collect(root, certs, proofs);
        } catch (InputException e) {
            throw e.in(file);
        }
        if (certs.isEmpty() && proofs.isEmpty()) throw new InputException(file, "contains no certificate");
        SupportChain original = support == null ? null : SupportFile.read(support).support();
        List<String> out = new ArrayList<>();
        boolean allValid = true;
        boolean skipped = false;
        for (ClosednessCertificate p : proofs) {
            if (original == null) {
                skipped = true;
                out.add(p.support() + ": " + p.result().id() + " certificate NOT RE-CHECKED: a CLOSED certificate is checked "
                        + "against its support; pass --support INPUT");
                continue;
            }
            Optional<String> failure = ClosednessCheck.check(p, original);
            if (failure.isEmpty()) {
                out.add(p.support() + ": certificate VALID (" + p.result().id() + ": " + p.summary() + ")");
            } else {
                allValid = false;
                out.add(p.support() + ": certificate INVALID (" + p.result().id() + "): " + failure.get());
            }
        }
        for (NotClosedCertificate c : certs) {
            Optional<String> mismatch = original == null ? Optional.empty() : Restriction.mismatch(original, c);
            CertificateCheck.Outcome o = mismatch.isPresent() ? null
                    : CertificateCheck.check(c, SolverLimits.ofMillis(Math.max(1, (long) (timeoutSeconds * 1000))));
            if (mismatch.isEmpty() && o.valid()) {
                out.add(c.support() + ": certificate VALID (" + c.result().id() + ", rows " + Arrays.toString(c.rows())
                        + " x cols " + Arrays.toString(c.cols()) + ")");
                out.add("  curve: " + o.certificate().checks().curve());
                out.add("  unattainable: " + o.certificate().checks().unattainable());
                if (original != null) out.add("  pattern: the exact restriction of " + support);
            } else {
                allValid = false;
                out.add(c.support() + ": certificate INVALID: " + mismatch.orElseGet(() -> o.failure()) /* o is null when the pattern mismatches */);
            }
        }
        return new Result(out, allValid, skipped);
    }

    /**
     * Collects every certificate in the document, wherever it sits (a bare certificate, "check --json"
     * output, "certify --json" pairs and chain), each distinct one once, in document order.
     */
    private static void collect(JsonNode n, List<NotClosedCertificate> out, List<ClosednessCertificate> proofs) {
        Set<JsonNode> seen = new LinkedHashSet<>();
        walk(n, seen);
        for (JsonNode c : seen) {
            if (ClosednessJson.isClosedness(c)) proofs.add(ClosednessJson.read(c));
            else out.add(CertificateJson.read(c));
        }
        if (out.isEmpty() && proofs.isEmpty() && !n.isArray() && !n.has("certificate") && !n.has("pairs")) {
            throw InputException.of("neither a certificate nor a 'check --json' / 'certify --json' document");
        }
    }

    private static void walk(JsonNode n, Set<JsonNode> seen) {
        if (n.isObject() && n.has("supcertCertificate")) {
            seen.add(n);
        } else if (n.isContainerNode()) {
            n.forEach(child -> walk(child, seen));
        }
    }
}
