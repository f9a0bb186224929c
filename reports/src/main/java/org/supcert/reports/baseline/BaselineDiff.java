package org.supcert.reports.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.supcert.reports.model.Report;
import org.supcert.reports.model.SupportReport;

/**
 * A fresh report compared with a baseline, support by support (matched by key): what changed, why,
 * and whether it fails the build under a {@link FailOn} level. Changes come in report order, then
 * the baseline entries no longer checked in key order.
 */
public final class BaselineDiff {
    /** What happened to one support. */
    public enum Kind { UNCHANGED, NEW, CHANGED, REMOVED }

    /** Severity of a change. */
    public enum Level { FAIL, WARN, NOTE }

    /**
     * One support's change.
     *
     * @param key     the support's key
     * @param kind    new, changed (verdict or content), unchanged, or no longer checked
     * @param level   FAIL fails the build; WARN and NOTE are printed only
     * @param message one line: old -> new verdict, content change, and the current reason
     */
    public record Change(String key, Kind kind, Level level, String message) {}

    private final List<Change> changes;

    private BaselineDiff(List<Change> changes) {
        this.changes = List.copyOf(changes);
    }

    public List<Change> changes() { return changes; }

    public long count(Level l) { return changes.stream().filter(c -> c.level() == l).count(); }

    public boolean fails() { return count(Level.FAIL) > 0; }

    /** Compares; {@code baseline} may be null (no lock file yet: every support is new). */
    public static BaselineDiff compare(Baseline baseline, Report now, FailOn failOn) {
        Map<String, Baseline.Entry> old = baseline == null ? Map.of() : baseline.byKey();
        List<Change> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (SupportReport s : now.supports()) {
            if (s.verdict() == null) continue;
            seen.add(s.key());
            String verdict = s.verdict().status().name();
            String why = s.verdict().result().id() + ": " + s.verdict().reason();
            Baseline.Entry was = old.get(s.key());
            if (was == null) {
                Level level = verdict.equals("NOT_CLOSED") || verdict.equals("UNKNOWN") && failOn == FailOn.UNKNOWN ? Level.FAIL
                        : verdict.equals("UNKNOWN") ? Level.WARN : Level.NOTE;
                out.add(new Change(s.key(), Kind.NEW, level, "new support, " + show(verdict) + " (" + why + ")"));
                continue;
            }
            boolean content = !was.sha256().equals(s.sha256());
            String contentNote = content ? "; masks changed (sha256 " + abbrev(was.sha256()) + " -> " + abbrev(s.sha256())
                    + (was.shape().equals(s.shape()) ? "" : ", shape " + was.shape() + " -> " + s.shape()) + ")" : "";
            if (was.verdict().equals(verdict)) {
                Level level = content ? Level.NOTE : null;
                out.add(new Change(s.key(), content ? Kind.CHANGED : Kind.UNCHANGED, level == null ? Level.NOTE : level,
                        content ? "still " + show(verdict) + contentNote : "unchanged, " + show(verdict)));
                continue;
            }
            Level level;
            if (verdict.equals("NOT_CLOSED")) level = Level.FAIL;
            else if (verdict.equals("UNKNOWN") && was.verdict().equals("CLOSED")) {
                level = failOn == FailOn.NOT_CLOSED ? Level.WARN : Level.FAIL;
            } else level = Level.NOTE;
            String word = level == Level.NOTE ? " (improved)" : "";
            out.add(new Change(s.key(), Kind.CHANGED, level,
                    show(was.verdict()) + " -> " + show(verdict) + word + contentNote + " (" + why + ")"));
        }
        for (Baseline.Entry e : old.values()) {
            if (!seen.contains(e.key())) {
                out.add(new Change(e.key(), Kind.REMOVED, Level.NOTE, "no longer checked (in the baseline as "
                        + show(e.verdict()) + ", not among the inputs)"));
            }
        }
        return new BaselineDiff(out);
    }

    static String show(String verdict) { return verdict.replace('_', ' '); }

    private static String abbrev(String sha) { return sha.length() > 12 ? sha.substring(0, 12) : sha; }
}
