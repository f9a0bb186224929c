package org.supcert.reports;

import java.util.Arrays;
import java.util.Locale;
import org.supcert.certificate.NotClosedCertificate;
import org.supcert.certificate.Certificate;
import org.supcert.exact.RationalMatrix;
import org.supcert.verifier.ComponentVerdict;
import org.supcert.verifier.Status;
import org.supcert.verifier.Verdict;

/** The human-readable verdict of "supcert check": verdict, proving result, components, certificate in brief. */
public final class VerdictText {
    /** Components listed individually up to this many; the rest are counted. */
    static final int MAX_LISTED_COMPONENTS = 12;

    private VerdictText() {}

    public static String render(Verdict v) {
        StringBuilder s = new StringBuilder();
        s.append(v.name()).append(": ").append(v.status().name().replace('_', ' '));
        s.append(String.format(Locale.US, "  (%s, %.3f s)%n", v.shape(), v.seconds()));
        s.append("  by:     ").append(v.result().title()).append(" [").append(v.result().section()).append("]\n");
        s.append("  reason: ").append(v.reason()).append('\n');
        if (!v.components().isEmpty()) {
            s.append("  tractable: ").append(yes(v.tractable())).append(", benign landscape: ")
                    .append(yes(v.benignLandscape())).append(", components: ").append(v.components().size()).append('\n');
            int listed = 0;
            int[] counts = new int[Status.values().length];
            for (ComponentVerdict c : v.components()) {
                counts[c.status().ordinal()]++;
                boolean interesting = c.status() != Status.CLOSED || v.components().size() <= MAX_LISTED_COMPONENTS;
                if (interesting && listed < MAX_LISTED_COMPONENTS) {
                    listed++;
                    s.append(String.format(Locale.US, "    #%d %-10s %-18s %d class(es), %d x %d: %s%n", c.index(),
                            c.status().name(), c.result().id(), c.classes(), c.rows(), c.cols(), c.reason()));
                }
            }
            if (listed < v.components().size()) {
                s.append("    (").append(v.components().size() - listed).append(" more: ")
                        .append(counts[0]).append(" closed, ").append(counts[1]).append(" not closed, ")
                        .append(counts[2]).append(" unknown in total)\n");
            }
        }
        v.components().stream().filter(k -> k.proof() != null).limit(3).forEach(k -> s.append("  proof of component ")
                .append(k.index()).append(" (").append(k.proof().result().id()).append("): ").append(k.proof().summary())
                .append(", re-checked from the support\n"));
        if (v.proof() != null) {
            s.append("  proof (").append(v.proof().result().id()).append("): ").append(v.proof().summary()).append(", re-checked\n");
        }
        NotClosedCertificate c = v.certificate();
        if (c != null) {
            s.append("  certificate: block rows ").append(Arrays.toString(c.rows())).append(" x cols ")
                    .append(Arrays.toString(c.cols())).append(", inner ").append(c.inner().stream().map(Arrays::toString).toList())
                    .append('\n');
            s.append("    witness B = ").append(matrix(c.target())).append(" (not attainable)\n");
            s.append("    Laurent curve of degree ").append(c.curve().degree())
                    .append(": W1(t) W2(t) = B + O(t) as t -> 0\n");
            if (c.checks() != null) {
                s.append("    checked: curve ").append(c.checks().curve()).append("; unattainable: ")
                        .append(c.checks().unattainable()).append('\n');
            }
        }
        return s.toString();
    }

    private static String matrix(RationalMatrix m) {
        StringBuilder s = new StringBuilder("[");
        String[][] e = m.toStrings();
        for (int i = 0; i < e.length; i++) {
            if (i > 0) s.append("; ");
            s.append(String.join(" ", e[i]));
        }
        return s.append(']').toString();
    }

    private static String yes(boolean b) { return b ? "yes" : "no"; }
}
