package org.supcert.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.supcert.io.InputException;
import org.supcert.exact.RationalMatrix;
import org.supcert.support.Mask;

/**
 * The JSON form of a certificate (README, "Certificates"), stable field order, rationals as
 * strings "p" or "p/q" so that nothing passes through floating point:
 * <pre>
 * {"supcertCertificate": 1, "support", "result", "rows", "cols", "inner": [[..] per inner dimension],
 *  "pattern": [MASK...], "target": [[..]], "special": [i, j] | null, "multiplicity",
 *  "curve": {"degree": d, "factors": [{"-1": [[..]], "0": [[..]], ...}, ...]},
 *  "checks": {"curve", "unattainable"}}
 * </pre>
 */
public final class CertificateJson {
    private CertificateJson() {}

    public static ObjectNode write(NotClosedCertificate c) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("supcertCertificate", 1);
        o.put("support", c.support());
        o.put("result", c.result().id());
        ints(o.putArray("rows"), c.rows());
        ints(o.putArray("cols"), c.cols());
        ArrayNode inner = o.putArray("inner");
        for (int[] dim : c.inner()) ints(inner.addArray(), dim);
        ArrayNode pattern = o.putArray("pattern");
        for (Mask m : c.pattern()) {
            ArrayNode rows = pattern.addArray();
            m.toRowStrings().forEach(rows::add);
        }
        matrix(o.putArray("target"), c.target());
        if (c instanceof CornerCertificate corner) {
            ints(o.putArray("special"), corner.special());
            o.put("multiplicity", corner.multiplicity());
        } else {
            o.putNull("special");
            o.put("multiplicity", 0);
        }
        ObjectNode curve = o.putObject("curve");
        curve.put("degree", c.curve().degree());
        ArrayNode factors = curve.putArray("factors");
        for (int l = 0; l < c.curve().factors(); l++) {
            ObjectNode byPower = factors.addObject();
            for (int p = -c.curve().degree(); p <= c.curve().degree(); p++) {
                RationalMatrix m = c.curve().coefficient(l, p);
                if (!m.isZero()) matrix(byPower.putArray(Integer.toString(p)), m);
            }
        }
        if (c.checks() == null) o.putNull("checks");
        else {
            ObjectNode checks = o.putObject("checks");
            checks.put("curve", c.checks().curve());
            checks.put("unattainable", c.checks().unattainable());
        }
        return o;
    }

    /**
     * Reads a certificate, of the kind its "result" names (a corner certificate needs its special
     * cell and mu, a probe certificate has neither); a malformed one is an {@link InputException}
     * naming the field.
     */
    public static NotClosedCertificate read(JsonNode o) {
        if (o == null || !o.isObject() || !o.has("supcertCertificate")) {
            throw InputException.of("not a supcert certificate (no \"supcertCertificate\" field)");
        }
        if (o.get("supcertCertificate").asInt() != 1) throw InputException.of("unsupported certificate version");
        String id = o.path("result").asText("");
        NamedResult result = NamedResult.byId(id).filter(r -> r.decides() == NamedResult.Decides.NOT_CLOSED)
                .orElseThrow(() -> InputException.of("\"result\" \"" + id + "\" is not a NOT CLOSED certificate's result"));
        List<Mask> pattern = new ArrayList<>();
        JsonNode p = field(o, "pattern");
        for (int l = 0; l < p.size(); l++) {
            List<String> rows = new ArrayList<>();
            p.get(l).forEach(r -> rows.add(r.asText()));
            try {
                pattern.add(Mask.fromRowStrings(rows));
            } catch (IllegalArgumentException e) {
                throw InputException.of("pattern factor " + l + ": " + e.getMessage());
            }
        }
        if (pattern.isEmpty()) throw InputException.of("empty pattern");
        RationalMatrix target = matrix(field(o, "target"), "target");
        JsonNode curveNode = field(o, "curve");
        int degree = field(curveNode, "degree").asInt(-1);
        if (degree < 0 || degree > 16) throw InputException.of("curve degree must be 0..16");
        JsonNode factors = field(curveNode, "factors");
        if (factors.size() != pattern.size()) {
            throw InputException.of("curve has " + factors.size() + " factors, pattern has " + pattern.size());
        }
        List<List<RationalMatrix>> coeffs = new ArrayList<>();
        for (int l = 0; l < factors.size(); l++) {
            List<RationalMatrix> perPower = new ArrayList<>();
            Mask m = pattern.get(l);
            for (int pw = -degree; pw <= degree; pw++) {
                JsonNode c = factors.get(l).get(Integer.toString(pw));
                perPower.add(c == null ? RationalMatrix.zeros(m.rows(), m.cols())
                        : matrix(c, "curve factor " + l + " power " + pw));
            }
            coeffs.add(perPower);
        }
        String support = o.path("support").asText("?");
        LaurentWitness witness = new LaurentWitness(ints(field(o, "rows")), ints(field(o, "cols")), innerLists(o.path("inner")),
                pattern, target, new LaurentCurve(degree, coeffs));
        JsonNode special = o.get("special");
        boolean hasSpecial = special != null && !special.isNull();
        // the constructors check the parts agree (shapes, powers); on read that is the file's problem
        if (result == NamedResult.CORNER_CERTIFICATE) {
            if (!hasSpecial) throw InputException.of("a corner certificate needs \"special\": [i, j]");
            int[] sp = ints(special);
            if (sp.length != 2) throw InputException.of("\"special\" must be [i, j]");
            return InputException.validating(() -> new CornerCertificate(support, witness, sp, field(o, "multiplicity").asInt(0), null));
        }
        if (hasSpecial) throw InputException.of("a " + result.id() + " has no \"special\" cell");
        return InputException.validating(() -> new CurveCertificate(support, witness, null));
    }

    private static JsonNode field(JsonNode o, String name) {
        JsonNode v = o.get(name);
        if (v == null || v.isNull()) throw InputException.of("missing field \"" + name + "\"");
        return v;
    }

    private static List<int[]> innerLists(JsonNode a) {
        List<int[]> out = new ArrayList<>();
        for (JsonNode dim : a) out.add(ints(dim));
        return out;
    }

    private static void ints(ArrayNode a, int[] v) {
        for (int x : v) a.add(x);
    }

    private static int[] ints(JsonNode a) {
        if (a.isMissingNode()) return new int[0];
        int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) v[i] = a.get(i).asInt();
        return v;
    }

    private static void matrix(ArrayNode a, RationalMatrix m) {
        for (String[] row : m.toStrings()) {
            ArrayNode r = a.addArray();
            for (String x : row) r.add(x);
        }
    }

    private static RationalMatrix matrix(JsonNode a, String what) {
        if (!a.isArray() || a.isEmpty()) throw InputException.of(what + " is not a non-empty matrix");
        String[][] s = new String[a.size()][];
        for (int i = 0; i < s.length; i++) {
            JsonNode row = a.get(i);
            s[i] = new String[row.size()];
            for (int j = 0; j < s[i].length; j++) s[i][j] = row.get(j).asText();
        }
        try {
            return RationalMatrix.parse(s);
        } catch (IllegalArgumentException e) {
            throw InputException.of(what + ": " + e.getMessage());
        }
    }
}
