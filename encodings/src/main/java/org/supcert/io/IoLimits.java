package org.supcert.io;

/**
 * Limits of the readers, in one place. Shapes of masks are further bounded by
 * {@link org.supcert.support.SupportLimits#MAX_DIMENSION} per dimension and {@link org.supcert.support.SupportLimits#MAX_NONZEROS}.
 */
public final class IoLimits {
    /** Largest safetensors JSON header (the reference implementation uses the same 100 MB bound). */
    public static final long MAX_SAFETENSORS_HEADER_BYTES = 100_000_000L;
    /** Largest .npy header dictionary; numpy itself writes a few hundred bytes. */
    public static final int MAX_NPY_HEADER_BYTES = 1 << 20;
    /** Largest sharding index ({@code model.safetensors.index.json}). */
    public static final long MAX_INDEX_BYTES = 100_000_000L;
    /** Largest pickle of a PyTorch checkpoint ({@code data.pkl}); a few hundred bytes per tensor. */
    public static final long MAX_PICKLE_BYTES = 100_000_000L;
    /** Largest ONNX model file (protobuf's own limit is 2 GiB; larger models use external data). */
    public static final long MAX_ONNX_BYTES = Integer.MAX_VALUE;
    /** Largest number of dimensions of one tensor (numpy's own limit is 64). */
    public static final int MAX_NDIM = 64;
    /** Largest dense target, in entries: 2^28 (a 16384 x 16384 matrix, 2 GiB of doubles). */
    public static final long MAX_DENSE_ELEMENTS = 1L << 28;
    /** Bytes mapped at once when scanning a tensor of a file; bounds address space, not heap. */
    static final int MAP_WINDOW_BYTES = 1 << 26;
    /** Bytes read at once from a compressed stream (npz members). */
    static final int STREAM_CHUNK_BYTES = 1 << 16;

    private IoLimits() {}
}
