package org.supcert.numeric.apply;

/** How a batch of vectors is stored in one flat array. */
public enum BatchLayout {
    /**
     * Row-major {@code n x batch}: entry i of vector k at {@code i * batch + k}. The batch index is
     * innermost, so a 2 x 2 block's coefficient is broadcast across contiguous lanes; this is the
     * fastest layout for every level, including strides 1, 2 and 4.
     */
    BATCH_INNER,
    /**
     * Column-major {@code n x batch} (the vectors stored one after another): entry i of vector k at
     * {@code k * n + i}. Blocks of vectors are transposed into the batch-inner layout on the fly.
     */
    COLUMN_MAJOR
}
