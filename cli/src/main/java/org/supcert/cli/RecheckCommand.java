package org.supcert.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.supcert.support.io.SupportFile;
import org.supcert.certificate.Certificate;
import org.supcert.certificate.CertificateCheck;
import org.supcert.certificate.CertificateJson;
import org.supcert.certificate.ClosednessCertificate;
import org.supcert.certificate.ClosednessCheck;
import org.supcert.certificate.ClosednessJson;
import org.supcert.poly.SolverLimits;
import org.supcert.certificate.Restriction;
import org.supcert.io.StrictJson;
import org.supcert.support.SupportChain;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** supcert recheck: re-verify saved certificates from scratch (exact curve check, Z3 unattainability). */
@Command(name = "recheck", mixinStandardHelpOptions = true,
        description = "Re-verify certificates: a certificate, or the JSON output of 'supcert check --json' or "
                + "'certify --json'. CLOSED certificates (Theorem S, linearization) are checked against --support.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every certificate re-checks", "1:some certificate does not re-check",
                "2:usage or input error", "3:some CLOSED certificate was not re-checked (no --support), none invalid",
                "4:internal error"})
final class RecheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CERT", arity = "1", description = "Certificate JSON, or 'check --json' output.")
    Path file;

    @Option(names = "--support", paramLabel = "INPUT",
            description = "Also check that the certificate's pattern is the restriction of this support (rows, columns and every inner column meeting the block).")
    Path support;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Z3 time-out per certificate (default ${DEFAULT-VALUE} s).")
    double timeoutSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        JsonNode root = StrictJson.read(file);
        List<Certificate> certs = new ArrayList<>();
        List<ClosednessCertificate> proofs = new ArrayList<>();
        try {
            collect(root, certs, proofs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
        if (certs.isEmpty() && proofs.isEmpty()) throw new IllegalArgumentException(file + ": contains no certificate");
        SupportChain original = support == null ? null : SupportFile.read(support).support();
        var out = spec.commandLine().getOut();
        boolean allValid = true;
        boolean skipped = false;
        for (ClosednessCertificate p : proofs) {
            if (original == null) {
                skipped = true;
                out.println(p.support() + ": " + p.result() + " certificate NOT RE-CHECKED: a CLOSED certificate is checked "
                        + "against its support; pass --support INPUT");
                continue;
            }
            Optional<String> failure = ClosednessCheck.check(p, original);
            if (failure.isEmpty()) {
                out.println(p.support() + ": certificate VALID (" + p.result() + ": " + p.summary() + ")");
            } else {
                allValid = false;
                out.println(p.support() + ": certificate INVALID (" + p.result() + "): " + failure.get());
            }
        }
        for (Certificate c : certs) {
            String mismatch = original == null ? null : restrictionMismatch(original, c);
            CertificateCheck.Outcome o = mismatch != null ? null
                    : CertificateCheck.check(c, SolverLimits.ofMillis(Math.max(1, (long) (timeoutSeconds * 1000))));
            if (mismatch == null && o.valid()) {
                out.println(c.support() + ": certificate VALID (" + c.result() + ", rows " + Arrays.toString(c.rows())
                        + " x cols " + Arrays.toString(c.cols()) + ")");
                out.println("  curve: " + o.certificate().checks().curve());
                out.println("  unattainable: " + o.certificate().checks().unattainable());
                if (original != null) out.println("  pattern: the exact restriction of " + support);
            } else {
                allValid = false;
                out.println(c.support() + ": certificate INVALID: " + (mismatch != null ? mismatch : o.failure()));
            }
        }
        out.flush();
        return !allValid ? ExitCodes.NOT_CLOSED : skipped ? ExitCodes.UNKNOWN : ExitCodes.OK;
    }

    /**
     * Collects every certificate in the document, wherever it sits (a bare certificate, "check --json"
     * output, "certify --json" pairs and chain), each distinct one once, in document order.
     */
    private static void collect(JsonNode n, List<Certificate> out, List<ClosednessCertificate> proofs) {
        java.util.Set<JsonNode> seen = new java.util.LinkedHashSet<>();
        walk(n, seen);
        for (JsonNode c : seen) {
            if (ClosednessJson.isClosedness(c)) proofs.add(ClosednessJson.read(c));
            else out.add(CertificateJson.read(c));
        }
        if (out.isEmpty() && proofs.isEmpty() && !n.isArray() && !n.has("certificate") && !n.has("pairs")) {
            throw new IllegalArgumentException("neither a certificate nor a 'check --json' / 'certify --json' document");
        }
    }

    private static void walk(JsonNode n, java.util.Set<JsonNode> seen) {
        if (n.isObject() && n.has("supcertCertificate")) {
            seen.add(n);
        } else if (n.isContainerNode()) {
            n.forEach(child -> walk(child, seen));
        }
    }

    /** Delegates to the certificate package (kept public for tests). */
    static String restrictionMismatch(SupportChain chain, Certificate c) {
        return Restriction.mismatch(chain, c);
    }
}
