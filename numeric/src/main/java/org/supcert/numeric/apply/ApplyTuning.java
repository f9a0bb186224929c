package org.supcert.numeric.apply;

/**
 * The thresholds of the apply kernels, in one place. Values were chosen by measurement on the
 * project machine (2 cores AMD Zen 5, 1 MiB L2 per core; docs/bench-anchors.md) with
 * {@code supcert bench apply}.
 */
final class ApplyTuning {
    private ApplyTuning() {}

    /**
     * Bytes of one batch block (rows x block width x element size) that we try to keep in a
     * core's L2 while all stages run over it. Half of the 1 MiB L2 leaves room for coefficients.
     */
    static final int BLOCK_BYTES = 512 * 1024;

    /**
     * Bytes of the scratch into which a column-major (or rectangular) batch is transposed, block
     * by block. It need not fit in cache (the passes block for the cache inside it), but wide rows
     * keep the broadcast kernels efficient: 8 lanes per row re-load 16 coefficients per 4 vectors.
     */
    static final int SCRATCH_BYTES = 8 << 20;

    /** Upper bound on the block width (vectors per block); wider blocks gain nothing measurable. */
    static final int MAX_BLOCK_WIDTH = 64;

    /**
     * A batch is split over the common ForkJoin pool only when it has at least this many flops;
     * below that, the fork/join overhead (tens of microseconds) is larger than the gain.
     */
    static final long PARALLEL_MIN_FLOPS = 4_000_000L;


    /** Block width for a batch of {@code batch} vectors of up to {@code rows} entries. */
    static int blockWidth(int rows, int batch, int lanes, int bytesPerElement) {
        long fit = SCRATCH_BYTES / ((long) Math.max(rows, 1) * bytesPerElement);
        int w = (int) Math.min(MAX_BLOCK_WIDTH, Math.max(lanes, fit));
        w = Math.max(lanes, w / lanes * lanes);
        return Math.min(w, batch);
    }
}
