package org.supcert.numeric.targets;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.supcert.io.ComplexMatrix;
import org.supcert.io.InputException;
import org.supcert.io.MatrixFiles;
import org.supcert.numeric.matrix.Target;

/**
 * A parsed built-in target specification:
 * {@code hadamard:N | dft:N | dft-unitary:N | dct:N | random-butterfly:N:SEED}, optionally followed by
 * {@code +noise:LEVEL:SEED} (relative Frobenius level, see {@link Targets#withNoise}).
 * A DFT comes with the bit-reversal permutation that makes it a butterfly product
 * ({@link #permutation()}); the other targets with none (null).
 *
 * @param spec the text as given
 * @param target the matrix (noise already added)
 * @param permutation column permutation for the butterfly chain, or null
 */
public record TargetSpec(String spec, Target target, int[] permutation) {

    private static final String[] KINDS = {"hadamard", "dft", "dft-unitary", "dct", "random-butterfly"};

    /** True when {@code text} names a built-in target (anything else is a file name). */
    public static boolean isBuiltIn(String text) {
        String head = text.split("[:+]", 2)[0].toLowerCase(Locale.ROOT);
        for (String k : KINDS) if (k.equals(head) && text.contains(":")) return true;
        return false;
    }

    /**
     * A target from its text: a built-in specification, or a matrix file (.npy, .npz with one array,
     * MatrixMarket), each optionally with +noise:LEVEL:SEED. A file's entries must be finite; a file
     * without imaginary parts is a real target. Messages start with the text or the file.
     */
    public static TargetSpec load(String text) {
        if (isBuiltIn(text)) return parse(text);
        String file = text;
        String noise = null;
        int plus = text.lastIndexOf("+noise:");
        if (plus > 0) {
            file = text.substring(0, plus);
            noise = text.substring(plus + 1);
        }
        Path p = Path.of(file);
        ComplexMatrix m = MatrixFiles.readComplex(p);
        boolean real = Arrays.stream(m.im()).allMatch(x -> x == 0);
        Target read = real ? Target.real(m.rows(), m.cols(), m.re()) : Target.complex(m.rows(), m.cols(), m.re(), m.im());
        // NaN or infinity in the file: its message starts with the file's name
        Target t = InputException.validating(p, () -> read.requireFinite(p.toString()));
        if (noise != null) t = withNoise(text, t, noise);
        return new TargetSpec(text, t, null);
    }

    /** Parses a built-in specification; an {@link InputException} names the part that is wrong. */
    public static TargetSpec parse(String text) {
        try {
            return build(text);
        } catch (IllegalArgumentException e) { // the generators' preconditions (N = 2^L, noise >= 0) check the spec
            throw new InputException(null, text, e.getMessage(), e);
        }
    }

    private static TargetSpec build(String text) {
        String[] parts = text.split("\\+");
        if (parts.length > 2) throw InputException.of(text + ": at most one '+noise:LEVEL:SEED' suffix");
        String[] f = parts[0].split(":");
        String kind = f[0].toLowerCase(Locale.ROOT);
        Target t;
        int[] perm = null;
        switch (kind) {
            case "hadamard" -> t = Targets.hadamard(size(text, f, 2));
            case "dft", "dft-unitary" -> {
                int n = size(text, f, 2);
                t = Targets.dft(n, kind.equals("dft-unitary"));
                perm = Targets.bitReversal(n);
            }
            case "dct" -> t = Targets.dct2(size(text, f, 2));
            case "random-butterfly" -> t = Targets.randomButterfly(size(text, f, 3), number(text, f[2], "SEED"));
            default -> throw InputException.of(text + ": unknown target '" + f[0]
                    + "' (hadamard:N, dft:N, dft-unitary:N, dct:N, random-butterfly:N:SEED or a file)");
        }
        if (parts.length == 2) t = withNoise(text, t, parts[1]);
        return new TargetSpec(text, t, perm);
    }

    /** {@code t} with the noise a "noise:LEVEL:SEED" suffix of {@code text} asks for, built-in target or file. */
    private static Target withNoise(String text, Target t, String suffix) {
        String[] g = suffix.split(":");
        if (g.length != 3 || !g[0].equalsIgnoreCase("noise")) {
            throw InputException.of(text + ": the suffix must be +noise:LEVEL:SEED");
        }
        double level;
        try {
            level = Double.parseDouble(g[1]);
        } catch (NumberFormatException e) {
            throw InputException.of(text + ": noise LEVEL '" + g[1] + "' is not a number");
        }
        long seed = number(text, g[2], "SEED");
        try {
            return Targets.withNoise(t, level, seed);
        } catch (IllegalArgumentException e) { // its precondition: LEVEL >= 0
            throw new InputException(null, text, e.getMessage(), e);
        }
    }

    private static int size(String text, String[] f, int fields) {
        if (f.length != fields) {
            throw InputException.of(text + ": expected " + (fields == 2 ? f[0] + ":N" : f[0] + ":N:SEED"));
        }
        long n = number(text, f[1], "N");
        if (n > 1 << 15) throw InputException.of(text + ": N = " + n + " exceeds the limit 32768");
        if (n < 2 || Long.bitCount(n) != 1) throw InputException.of(text + ": N = " + n + " is not a power of two >= 2");
        return (int) n;
    }

    private static long number(String text, String s, String what) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw InputException.of(text + ": " + what + " '" + s + "' is not an integer");
        }
    }

    @Override
    public int[] permutation() { return permutation == null ? null : permutation.clone(); }
}
