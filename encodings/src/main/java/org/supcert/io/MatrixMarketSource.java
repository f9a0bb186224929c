package org.supcert.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.supcert.io.MatrixMarketHeader.Field;
import org.supcert.io.MatrixMarketHeader.Format;
import org.supcert.io.MatrixMarketHeader.Symmetry;
import org.supcert.support.Mask;
import org.supcert.support.SupportLimits;

/**
 * A MatrixMarket file as a {@link TensorSource} of one tensor named after the file (without
 * {@code .mtx}/{@code .mm}). Indices are 1-based; symmetric, skew-symmetric and hermitian files list
 * the lower triangle (entries above the diagonal are refused, as is a diagonal entry of a
 * skew-symmetric file) and are expanded. Repeated coordinates: the mask takes the union, a dense read
 * sums them (as scipy does). The support of a file with values leaves explicit zeros out; a pattern
 * file is a mask only (a dense read is refused). Real values may use Fortran exponents ({@code 1.0D+00}).
 * The file is re-read on every request; nothing but the result is kept.
 */
final class MatrixMarketSource extends TensorSource {
    private final Path file;
    private final String name;
    private final MatrixMarketHeader header;
    private final TensorInfo info;

    private MatrixMarketSource(Path file, String name, MatrixMarketHeader header) {
        this.file = file;
        this.name = name;
        this.header = header;
        this.info = new TensorInfo(name, header.dtype().name(), new long[] {header.rows, header.cols}, true);
    }

    static TensorSource openFile(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String name = NpyFormat.stem(NpyFormat.stem(fileName, ".mtx"), ".mm");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            return new MatrixMarketSource(file, name, MatrixMarketHeader.read(in, file, name));
        }
    }

    @Override
    public Path path() { return file; }

    @Override
    public List<TensorInfo> tensors() { return List.of(info); }

    @Override
    SupportScan scanSupport(String tensor) {
        info(tensor);
        MatrixLayout.forMask(file, info, false); // checks the limits
        Mask.Builder b = new Mask.Builder(header.rows, header.cols);
        boolean[] binary = {true};
        try {
            entries((i, j, re, im) -> {
                if (re == 0 && im == 0) return;
                if (re != 1 || im != 0) binary[0] = false;
                b.set(i, j);
            });
            return new SupportScan(b.build(), binary[0]);
        } catch (IllegalArgumentException e) { // the mask's own limits
            throw new FormatException(file, name, e.getMessage() + " (mask limit " + SupportLimits.MAX_NONZEROS + ")");
        }
    }

    @Override
    void scanEntries(String tensor, MatrixSink sink) {
        info(tensor);
        entries(sink);
    }

    @Override
    public DenseMatrix dense(String tensor) {
        info(tensor);
        if (header.field == Field.PATTERN) {
            throw new FormatException(file, name, "a pattern file has no values; read it as a mask");
        }
        if (header.field == Field.COMPLEX) {
            throw new FormatException(file, name, "the file is complex; read it as a complex matrix");
        }
        double[] re = fill(false)[0];
        return new DenseMatrix(header.rows, header.cols, re);
    }

    @Override
    public ComplexMatrix complex(String tensor) {
        info(tensor);
        if (header.field == Field.PATTERN) {
            throw new FormatException(file, name, "a pattern file has no values; read it as a mask");
        }
        double[][] parts = fill(true);
        return new ComplexMatrix(header.rows, header.cols, parts[0], parts[1]);
    }

    private double[][] fill(boolean complex) {
        double[][] parts = MatrixLayout.forDense(file, info, false).allocate(file, name, complex); // checks the limits
        int cols = header.cols;
        double[] re = parts[0];
        double[] im = parts[1];
        boolean sum = header.format == Format.COORDINATE; // repeated coordinates add up
        entries((i, j, x, y) -> {
            int p = i * cols + j;
            re[p] = sum ? re[p] + x : x;
            if (im != null) im[p] = sum ? im[p] + y : y;
        });
        for (int p = 0; p < re.length; p++) {
            if (!Double.isFinite(re[p]) || (im != null && !Double.isFinite(im[p]))) {
                throw new FormatException(file, name, "entry (" + p / cols + ", " + p % cols + ") is not finite;"
                        + " targets must be finite");
            }
        }
        return new double[][] {re, im};
    }

    @Override
    public void close() {
        // nothing held open
    }

    /** Every stored entry (0-based), symmetric counterparts included. */
    private void entries(MatrixSink sink) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            MatrixMarketHeader.read(in, file, name);
            new Lines(in, header.sizeLine).read(sink);
        } catch (IOException e) {
            throw new FormatException(file, name, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The data lines after the size line. */
    private final class Lines {
        private final BufferedReader in;
        private int lineNo;
        private final String[] tok = new String[5];

        Lines(BufferedReader in, int sizeLine) {
            this.in = in;
            this.lineNo = sizeLine;
        }

        void read(MatrixSink sink) throws IOException {
            long n = header.entries;
            boolean coordinate = header.format == Format.COORDINATE;
            int want = (coordinate ? 2 : 0) + header.valueTokens();
            int r = 0; // array position: row r, column c, column-major over the stored triangle
            int c = 0;
            if (!coordinate) r = firstRow(0);
            for (long k = 0; k < n; k++) {
                int got = nextLine();
                if (got < 0) {
                    throw new FormatException(file, name, "file ends after " + k + " of the " + n + " entries declared");
                }
                if (got != want) {
                    throw error(got + " fields where " + want + " were expected");
                }
                int i;
                int j;
                int v = 0;
                if (coordinate) {
                    i = index(tok[0], header.rows, "row");
                    j = index(tok[1], header.cols, "column");
                    v = 2;
                    checkTriangle(i, j);
                } else {
                    i = r;
                    j = c;
                    r++;
                    if (r == header.rows) {
                        c++;
                        r = firstRow(c);
                    }
                }
                double re = header.field == Field.PATTERN ? 1 : value(tok[v]);
                double im = header.field == Field.COMPLEX ? value(tok[v + 1]) : 0;
                emit(sink, i, j, re, im);
            }
            if (nextLine() >= 0) throw error("more entries than the " + n + " declared");
        }

        private int firstRow(int col) {
            switch (header.symmetry) {
                case GENERAL: return 0;
                case SKEW_SYMMETRIC: return col + 1;
                default: return col;
            }
        }

        private void checkTriangle(int i, int j) {
            if (header.symmetry == Symmetry.GENERAL) return;
            if (i < j) {
                throw error("entry (" + (i + 1) + ", " + (j + 1) + ") lies above the diagonal; a "
                        + header.symmetry.name().toLowerCase().replace('_', '-') + " file lists the lower triangle");
            }
            if (i == j && header.symmetry == Symmetry.SKEW_SYMMETRIC) {
                throw error("diagonal entry (" + (i + 1) + ", " + (j + 1) + ") in a skew-symmetric file");
            }
        }

        private void emit(MatrixSink sink, int i, int j, double re, double im) {
            sink.accept(i, j, re, im);
            if (i == j) return;
            switch (header.symmetry) {
                case SYMMETRIC: sink.accept(j, i, re, im); break;
                case SKEW_SYMMETRIC: sink.accept(j, i, -re, -im); break;
                case HERMITIAN: sink.accept(j, i, re, -im); break;
                default: break;
            }
        }

        /** Tokens of the next non-blank, non-comment line, or -1 at the end of the file. */
        private int nextLine() throws IOException {
            String line;
            do {
                line = in.readLine();
                lineNo++;
                if (line == null) return -1;
            } while (line.isBlank() || line.charAt(0) == '%');
            int n = 0;
            int p = 0;
            int len = line.length();
            while (true) {
                while (p < len && Character.isWhitespace(line.charAt(p))) p++;
                if (p >= len) return n;
                int s = p;
                while (p < len && !Character.isWhitespace(line.charAt(p))) p++;
                if (n == tok.length) return n + 1; // too many: the caller reports the count mismatch
                tok[n++] = line.substring(s, p);
            }
        }

        private int index(String s, int limit, String what) {
            long v;
            try {
                v = Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw error(what + " index '" + s + "' is not an integer");
            }
            if (v < 1 || v > limit) throw error(what + " index " + v + " outside 1.." + limit);
            return (int) (v - 1);
        }

        private double value(String s) {
            if (header.field == Field.INTEGER) {
                try {
                    return Long.parseLong(s);
                } catch (NumberFormatException e) {
                    throw error("value '" + s + "' is not an integer (field integer)");
                }
            }
            String t = s.toLowerCase(java.util.Locale.ROOT);
            String u = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
            if (u.equals("nan")) return Double.NaN; // as C and scipy print them
            if (u.equals("inf") || u.equals("infinity")) {
                return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            try {
                return Double.parseDouble(s.replace('D', 'E').replace('d', 'e'));
            } catch (NumberFormatException e) {
                throw error("value '" + s + "' is not a number");
            }
        }

        private FormatException error(String what) {
            return new FormatException(file, name, "line " + lineNo + ": " + what);
        }
    }
}
