package org.supcert.reports.sweep;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.supcert.io.InputException;

/**
 * A sweep: a network with layer widths {@code widths} = (d, h_1, ..., o), the densities, samples per
 * density, the seed. With three widths d, h, o it is the one-hidden-layer network of docs/theory.md#seed-001 and
 * the support is the pair I = M2 (o x h), J = M1^T, i.e. the factors [M2, M1] in product order with
 * M1 h x d (docs/theory.md#section-1); with more widths it is the chain [M_L, ..., M_1] of a deeper network
 * (docs/theory.md#theorem-vi). Every weight is allowed independently with the density's
 * probability.
 */
public record SweepSpec(int[] widths, double[] densities, int samples, long seed) {
    /** Largest layer width. */
    public static final int MAX_WIDTH = 4096;
    /** Most widths (layers + 1). */
    public static final int MAX_WIDTHS = 17;

    public SweepSpec {
        if (widths.length < 3 || widths.length > MAX_WIDTHS) {
            throw InputException.of("--layers: " + widths.length + " widths; give d,h,o (or more for a deeper network, at most "
                    + MAX_WIDTHS + ")");
        }
        for (int w : widths) {
            if (w < 1 || w > MAX_WIDTH) throw InputException.of("--layers: width " + w + " is not in [1, " + MAX_WIDTH + "]");
        }
        if (samples < 1 || samples > 10_000_000) throw InputException.of("--samples " + samples + " is not in [1, 10000000]");
        if (densities.length == 0) throw InputException.of("--density: no density");
        if ((long) samples * densities.length > 100_000_000L) {
            throw InputException.of("sweep of " + (long) samples * densities.length + " samples: at most 100 M");
        }
        widths = widths.clone();
        densities = densities.clone();
    }

    /** The one-hidden-layer network d -> h -> o. */
    public SweepSpec(int d, int h, int o, double[] densities, int samples, long seed) {
        this(new int[] {d, h, o}, densities, samples, seed);
    }

    /** Parses "--layers d,h,o" (or d,h1,...,o). */
    public static int[] layers(String s) {
        String[] p = s.split(",");
        if (p.length < 3) throw InputException.of("--layers " + s + ": expected d,h,o (three widths or more)");
        int[] w = new int[p.length];
        for (int k = 0; k < p.length; k++) {
            try {
                w[k] = Integer.parseInt(p[k].trim());
            } catch (NumberFormatException e) {
                throw InputException.of("--layers " + s + ": '" + p[k] + "' is not a width");
            }
        }
        return w;
    }

    /** "16 -> 16 -> 16". */
    public String architecture() {
        return Arrays.stream(widths).mapToObj(Integer::toString).collect(Collectors.joining(" -> "));
    }

    public int total() { return samples * densities.length; }

    @Override
    public int[] widths() { return widths.clone(); }

    @Override
    public double[] densities() { return densities.clone(); }

    /** The seed of one sample: SplitMix64 of (seed, density index, sample index); independent of scheduling. */
    public long sampleSeed(int densityIndex, int sampleIndex) {
        long z = mix(seed ^ 0x9E3779B97F4A7C15L);
        z = mix(z ^ (densityIndex * 0xBF58476D1CE4E5B9L + 1));
        return mix(z ^ (sampleIndex * 0x94D049BB133111EBL + 2));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
