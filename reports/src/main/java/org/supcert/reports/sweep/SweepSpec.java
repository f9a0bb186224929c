package org.supcert.reports.sweep;

/**
 * A sweep: a one-hidden-layer network d -> h -> o, the densities, samples per density, the seed.
 * The pair is I = M2 (o x h), J = M1^T: in product order the factors [M2, M1] with M1 h x d
 * (THEORY section 1, "two-layer sparse ReLU network"). Every entry of both masks is allowed
 * independently with the density's probability.
 */
public record SweepSpec(int inputs, int hidden, int outputs, double[] densities, int samples, long seed) {
    /** Largest layer width. */
    public static final int MAX_WIDTH = 4096;

    public SweepSpec {
        for (int w : new int[] {inputs, hidden, outputs}) {
            if (w < 1 || w > MAX_WIDTH) throw new IllegalArgumentException("--layers: width " + w + " is not in [1, " + MAX_WIDTH + "]");
        }
        if (samples < 1 || samples > 10_000_000) throw new IllegalArgumentException("--samples " + samples + " is not in [1, 10000000]");
        if (densities.length == 0) throw new IllegalArgumentException("--density: no density");
        if ((long) samples * densities.length > 100_000_000L) {
            throw new IllegalArgumentException("sweep of " + (long) samples * densities.length + " samples: at most 100 M");
        }
        densities = densities.clone();
    }

    /** Parses "--layers d,h,o". */
    public static int[] layers(String s) {
        String[] p = s.split(",");
        if (p.length != 3) throw new IllegalArgumentException("--layers " + s + ": expected d,h,o (three widths)");
        int[] w = new int[3];
        for (int k = 0; k < 3; k++) {
            try {
                w[k] = Integer.parseInt(p[k].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--layers " + s + ": '" + p[k] + "' is not a width");
            }
        }
        return w;
    }

    public int total() { return samples * densities.length; }

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
