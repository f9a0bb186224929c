package org.supcert.numeric.butterfly;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.supcert.io.InputException;
import org.supcert.io.JsonWriters;
import org.supcert.io.StrictJson;

/**
 * The supcert factor file (JSON, UTF-8), written by {@code supcert butterfly --out} and
 * {@code supcert factor --out}, read back by {@link #read}. Version 1:
 * <pre>
 * {"format": "supcert-factors", "version": 1,
 *  "kind": "butterfly",                      // a ButterflyChain: A ~ W_1 ... W_L P
 *  "rows": R, "cols": C, "complex": false,
 *  "permutation": [p_0, ..., p_(C-1)] | null, // (P x)[i] = x[p_i]
 *  "factors": [{"a": 1, "b": 2, "c": 2, "d": 512, "re": [...], "im": [...]}, ...]}
 *                                            // values in ButterflyFactor's layout; "im" only if complex
 * {"format": "supcert-factors", "version": 1,
 *  "kind": "dense",                          // A ~ W_1 W_2 ... (e.g. an FSMF pair), zeros outside the support
 *  "complex": false,
 *  "factors": [{"rows": m, "cols": r, "re": [row-major values]}, ...]}
 * </pre>
 * Doubles are written with round-trip precision, so a loaded chain reproduces the saved product exactly.
 */
public final class FactorFiles {
    /** The "format" value. */
    public static final String FORMAT = "supcert-factors";
    /** The "version" this code writes and reads. */
    public static final int VERSION = 1;


    private FactorFiles() {}

    /** What a factor file holds: a chain (kind "butterfly") or dense factors (kind "dense"). */
    public record Loaded(String kind, ButterflyChain chain, List<DMatrixRMaj> dense) {}

    public static void writeChain(Path file, ButterflyChain chain) {
        try (JsonGenerator g = JsonWriters.factory().createGenerator(Files.newOutputStream(file), JsonEncoding.UTF8)) {
            header(g, "butterfly");
            g.writeNumberField("rows", chain.rows());
            g.writeNumberField("cols", chain.cols());
            g.writeBooleanField("complex", chain.isComplex());
            int[] p = chain.permutation();
            g.writeFieldName("permutation");
            if (p == null) g.writeNull();
            else g.writeArray(p, 0, p.length);
            g.writeArrayFieldStart("factors");
            for (ButterflyFactor f : chain.factors()) {
                g.writeStartObject();
                g.writeNumberField("a", f.a());
                g.writeNumberField("b", f.b());
                g.writeNumberField("c", f.c());
                g.writeNumberField("d", f.d());
                g.writeFieldName("re");
                g.writeArray(f.re(), 0, f.re().length);
                if (f.isComplex()) {
                    g.writeFieldName("im");
                    g.writeArray(f.im(), 0, f.im().length);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    public static void writeDense(Path file, List<DMatrixRMaj> factors) {
        try (JsonGenerator g = JsonWriters.factory().createGenerator(Files.newOutputStream(file), JsonEncoding.UTF8)) {
            header(g, "dense");
            g.writeBooleanField("complex", false);
            g.writeArrayFieldStart("factors");
            for (DMatrixRMaj m : factors) {
                g.writeStartObject();
                g.writeNumberField("rows", m.numRows);
                g.writeNumberField("cols", m.numCols);
                g.writeFieldName("re");
                g.writeArray(m.data, 0, m.numRows * m.numCols);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static void header(JsonGenerator g, String kind) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        g.writeStringField("kind", kind);
    }

    /** Reads a factor file; an {@link InputException} names the file and what is wrong. */
    public static Loaded read(Path file) {
        JsonNode root = StrictJson.read(file);
        if (root == null || !FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != VERSION) {
            throw new InputException(file, "not a " + FORMAT + " version " + VERSION + " file");
        }
        String kind = root.path("kind").asText();
        try {
            if (kind.equals("butterfly")) {
                List<ButterflyFactor> fs = new ArrayList<>();
                for (JsonNode f : root.path("factors")) {
                    double[] re = doubles(f.path("re"));
                    double[] im = f.has("im") ? doubles(f.path("im")) : null;
                    int a = f.path("a").asInt(), b = f.path("b").asInt(), c = f.path("c").asInt(), d = f.path("d").asInt();
                    fs.add(InputException.validating(() -> im == null ? ButterflyFactor.real(a, b, c, d, re)
                            : ButterflyFactor.complex(a, b, c, d, re, im)));
                }
                JsonNode p = root.path("permutation");
                int[] perm = null;
                if (p.isArray()) {
                    perm = new int[p.size()];
                    for (int i = 0; i < perm.length; i++) perm[i] = p.get(i).asInt();
                }
                int[] order = perm;
                return new Loaded(kind, InputException.validating(() -> new ButterflyChain(fs, order)), null);
            }
            if (kind.equals("dense")) {
                List<DMatrixRMaj> ms = new ArrayList<>();
                for (JsonNode f : root.path("factors")) {
                    int rows = f.path("rows").asInt(), cols = f.path("cols").asInt();
                    double[] re = doubles(f.path("re"));
                    if (rows < 1 || cols < 1 || re.length != (long) rows * cols) {
                        throw InputException.of("factor " + ms.size() + " has " + re.length + " values for "
                                + rows + " x " + cols);
                    }
                    ms.add(new DMatrixRMaj(rows, cols, true, re));
                }
                return new Loaded(kind, null, ms);
            }
        } catch (InputException e) {
            throw e.in(file);
        }
        throw new InputException(file, "unknown kind '" + kind + "' (butterfly or dense)");
    }

    private static double[] doubles(JsonNode n) {
        if (!n.isArray()) throw InputException.of("missing value array");
        double[] v = new double[n.size()];
        for (int i = 0; i < v.length; i++) {
            JsonNode x = n.get(i);
            if (!x.isNumber()) throw InputException.of("value " + i + " is not a number");
            v[i] = x.asDouble();
        }
        return v;
    }
}
