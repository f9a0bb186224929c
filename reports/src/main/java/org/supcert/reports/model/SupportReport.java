package org.supcert.reports.model;

import java.util.List;
import org.supcert.support.SupportChain;
import org.supcert.verifier.Status;
import org.supcert.verifier.Verdict;

/**
 * What a report says about one input: either a verdict on a support, or the input error that
 * prevented one.
 *
 * @param source   where the support came from: the file as given on the command line, or
 *                 "--family SPEC"
 * @param name     the support's (or layer's) name; for an input error, the file name
 * @param shape    "m x n (...)" from the verdict, "" for an input error
 * @param sha256   content hash of the masks ({@link SupportHash}), "" for an input error
 * @param support  the masks (null for an input error)
 * @param verdict  the verdict (null for an input error)
 * @param error    the input error (null when there is a verdict)
 * @param trace    the divergence trace on the witness of a NOT CLOSED verdict, or null
 */
public record SupportReport(String source, String name, String shape, String sha256, SupportChain support,
        Verdict verdict, String error, DivergenceTrace trace) {

    /** The outcome of one input: a verdict's status, or INPUT_ERROR. */
    public enum Outcome { CLOSED, NOT_CLOSED, UNKNOWN, INPUT_ERROR }

    public SupportReport {
        if ((verdict == null) == (error == null)) {
            throw new IllegalArgumentException("a support report has either a verdict or an input error");
        }
    }

    public static SupportReport of(String source, SupportChain support, Verdict verdict, DivergenceTrace trace) {
        return new SupportReport(source, verdict.name(), verdict.shape(), SupportHash.sha256(support), support,
                verdict, null, trace);
    }

    public static SupportReport inputError(String source, String message) {
        return new SupportReport(source, source, "", "", null, null, message, null);
    }

    /**
     * The stable identity of this input across runs: source and name ("cases/lu2.json#lu2"). The
     * content hash is kept apart so a baseline can say "this support changed" rather than "a new one".
     * An input error's key is its source.
     */
    public String key() { return verdict == null ? source : source + "#" + name; }

    public Outcome outcome() {
        if (verdict == null) return Outcome.INPUT_ERROR;
        return switch (verdict.status()) {
            case CLOSED -> Outcome.CLOSED;
            case NOT_CLOSED -> Outcome.NOT_CLOSED;
            case UNKNOWN -> Outcome.UNKNOWN;
        };
    }

    public boolean is(Status s) { return verdict != null && verdict.status() == s; }

    /** The same report with the verification time set to 0: reasons and certificates carry no durations already. */
    SupportReport withoutTiming() {
        if (verdict == null) return this;
        return new SupportReport(source, name, shape, sha256, support, verdict.withSeconds(0.0), null, trace);
    }
}
