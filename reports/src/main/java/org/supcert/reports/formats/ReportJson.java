package org.supcert.reports.formats;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.supcert.io.JsonWriters;
import org.supcert.reports.VerdictJson;
import org.supcert.reports.model.DivergenceTrace;
import org.supcert.reports.model.Report;
import org.supcert.reports.model.SupportReport;
import org.supcert.reports.model.TracePoint;

/**
 * The JSON report, version {@link #VERSION}, validated by the published schema
 * {@link #SCHEMA_RESOURCE}:
 * <pre>
 * {"supcertReport": 1, "tool", "timings",
 *  "summary": {"supports", "closed", "notClosed", "unknown", "inputErrors", "seconds"},
 *  "supports": [{"key", "source", "name", "shape", "sha256", "outcome", "error",
 *                "verdict": (the "check --json" document) | null,
 *                "trace": {"method", "target", "points": [[iter, loss, normX, normY], ...]} | null}]}
 * </pre>
 */
public final class ReportJson {
    /** The document version; bumped on any incompatible change. */
    public static final int VERSION = 1;
    /** Class-path location of the JSON Schema (draft 2020-12) of this document. */
    public static final String SCHEMA_RESOURCE = "/org/supcert/reports/formats/report-v1.schema.json";


    private ReportJson() {}

    public static ObjectNode toJson(Report r) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("supcertReport", VERSION);
        o.put("tool", r.tool());
        o.put("timings", r.timings());
        ObjectNode sum = o.putObject("summary");
        sum.put("supports", r.supports().size());
        sum.put("closed", r.count(SupportReport.Outcome.CLOSED));
        sum.put("notClosed", r.count(SupportReport.Outcome.NOT_CLOSED));
        sum.put("unknown", r.count(SupportReport.Outcome.UNKNOWN));
        sum.put("inputErrors", r.count(SupportReport.Outcome.INPUT_ERROR));
        sum.put("seconds", Math.round(r.seconds() * 1e4) / 1e4);
        ArrayNode list = o.putArray("supports");
        for (SupportReport s : r.supports()) {
            ObjectNode e = list.addObject();
            e.put("key", s.key());
            e.put("source", s.source());
            e.put("name", s.name());
            e.put("shape", s.shape());
            e.put("sha256", s.sha256());
            e.put("outcome", s.outcome().name());
            if (s.error() == null) e.putNull("error");
            else e.put("error", s.error());
            if (s.verdict() == null) e.putNull("verdict");
            else e.set("verdict", VerdictJson.write(s.verdict()));
            if (s.trace() == null) e.putNull("trace");
            else e.set("trace", trace(s.trace()));
        }
        return o;
    }

    /** The document as indented text with a final newline. */
    public static String write(Report r) {
        return JsonWriters.pretty(toJson(r));
    }

    private static ObjectNode trace(DivergenceTrace t) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("method", t.method());
        o.put("target", t.target());
        ArrayNode pts = o.putArray("points");
        for (TracePoint p : t.points()) {
            ArrayNode a = pts.addArray();
            a.add(p.iter());
            number(a, p.loss());
            number(a, p.normX());
            number(a, p.normY());
        }
        return o;
    }

    private static void number(ArrayNode a, double x) {
        if (Double.isFinite(x)) a.add(x);
        else a.addNull();
    }
}
