package org.supcert.reports.model;

import java.util.List;

/**
 * A numeric picture of non-closedness (docs/theory.md#section-8): an FSMF solver run on the witness block
 * of a certificate with target B; on a non-closed support the loss goes to 0 while the factor
 * norms grow.
 *
 * @param method  the solver ("als")
 * @param target  what was fitted, e.g. "witness B of the certificate (2 x 2 block)"
 * @param points  one entry per iteration, the initial point first
 */
public record DivergenceTrace(String method, String target, List<TracePoint> points) {
    public DivergenceTrace {
        points = List.copyOf(points);
        if (points.isEmpty()) throw new IllegalArgumentException("a divergence trace needs at least one point");
    }
}
