package org.supcert.reports.model;

import java.util.List;

/**
 * A closedness report: the supports in input order (the order of the command line), and whether
 * timings are included. With {@code timings == false} every verification time is 0, so that every
 * writer's output is a function of the inputs alone (byte-for-byte reproducible).
 *
 * @param tool      "supcert 0.1.0"
 * @param timings   whether the verification times are real
 * @param supports  one entry per input
 */
public record Report(String tool, boolean timings, List<SupportReport> supports) {
    public Report {
        supports = List.copyOf(supports);
    }

    /** The same report with every timing zeroed. */
    public Report withoutTimings() {
        return new Report(tool, false, supports.stream().map(SupportReport::withoutTiming).toList());
    }

    /** Number of supports with the given outcome. */
    public long count(SupportReport.Outcome o) {
        return supports.stream().filter(s -> s.outcome() == o).count();
    }

    /** Total verification time in seconds (0 without timings). */
    public double seconds() {
        return supports.stream().filter(s -> s.verdict() != null).mapToDouble(s -> s.verdict().seconds()).sum();
    }
}
