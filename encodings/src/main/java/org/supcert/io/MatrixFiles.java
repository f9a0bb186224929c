package org.supcert.io;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.supcert.support.Mask;

/**
 * One-call reads of files that hold a single matrix (.npy, MatrixMarket, or an .npz / safetensors
 * file with exactly one tensor), for targets and supports given on a command line.
 */
public final class MatrixFiles {
    private MatrixFiles() {}

    /** Name, dtype and shape of the file's only tensor (headers only), e.g. to choose dense or complex. */
    public static TensorInfo readInfo(Path file) {
        return only(file, TensorSource::info);
    }

    /** The file's only tensor as a real dense matrix. */
    public static DenseMatrix readDense(Path file) {
        return only(file, TensorSource::dense);
    }

    /** The file's only tensor as a complex matrix (real files give zero imaginary parts). */
    public static ComplexMatrix readComplex(Path file) {
        return only(file, TensorSource::complex);
    }

    /** The support of the file's only tensor. */
    public static Mask readMask(Path file) {
        return only(file, TensorSource::mask);
    }

    private static <T> T only(Path file, BiFunction<TensorSource, String, T> read) {
        try (TensorSource s = TensorSource.open(file)) {
            List<TensorInfo> all = s.tensors();
            if (all.size() != 1) {
                throw new FormatException(file, "holds " + all.size() + " tensors; name the one to read");
            }
            return read.apply(s, all.get(0).name());
        }
    }
}
