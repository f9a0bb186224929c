package org.supcert.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.supcert.certificate.CertificateJson;
import org.supcert.certificate.ClosednessJson;
import org.supcert.verifier.ComponentVerdict;
import org.supcert.verifier.Verdict;

/**
 * The JSON document of a verdict (README, "JSON output"), fields in a fixed order:
 * {@code {"name","verdict","result","reason","shape","components","certificate","proof","tractable",
 * "benignLandscape","seconds"}}. Everything but "seconds" is a function of the input alone.
 */
public final class VerdictJson {
    private VerdictJson() {}

    /** With every certificate in full. */
    public static ObjectNode write(Verdict v) {
        return write(v, true);
    }

    /**
     * @param fullProofs false writes closedness certificates (Theorem S matchings, linearization
     *                   integers) as a one-line summary: for huge supports, whose matchings run to megabytes
     */
    public static ObjectNode write(Verdict v, boolean fullProofs) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("name", v.name());
        o.put("verdict", v.status().name());
        o.put("result", v.result().id());
        o.put("reason", v.reason());
        o.put("shape", v.shape());
        ArrayNode comps = o.putArray("components");
        for (ComponentVerdict c : v.components()) {
            ObjectNode k = comps.addObject();
            k.put("index", c.index());
            k.put("verdict", c.status().name());
            k.put("result", c.result().id());
            k.put("reason", c.reason());
            k.put("classes", c.classes());
            k.put("innerColumns", c.innerColumns());
            k.put("rows", c.rows());
            k.put("cols", c.cols());
            k.put("tractable", c.tractable());
            k.put("benignLandscape", c.benignLandscape());
            if (c.certificate() == null) k.putNull("certificate");
            else k.set("certificate", CertificateJson.write(c.certificate()));
            if (c.proof() == null) k.putNull("proof");
            else k.set("proof", ClosednessJson.write(c.proof(), fullProofs));
        }
        if (v.certificate() == null) o.putNull("certificate");
        else o.set("certificate", CertificateJson.write(v.certificate()));
        if (v.proof() == null) o.putNull("proof");
        else o.set("proof", ClosednessJson.write(v.proof(), fullProofs));
        o.put("tractable", v.tractable());
        o.put("benignLandscape", v.benignLandscape());
        o.put("seconds", Math.round(v.seconds() * 1e4) / 1e4);
        return o;
    }
}
