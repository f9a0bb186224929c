package org.supcert.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The banner and size line of a MatrixMarket file:
 * {@code %%MatrixMarket matrix coordinate|array pattern|real|integer|complex
 * general|symmetric|skew-symmetric|hermitian}, comment lines ({@code %}) and blank lines, then
 * {@code rows cols entries} (coordinate) or {@code rows cols} (array).
 */
final class MatrixMarketHeader {
    enum Format { COORDINATE, ARRAY }

    enum Field { PATTERN, REAL, INTEGER, COMPLEX }

    enum Symmetry { GENERAL, SYMMETRIC, SKEW_SYMMETRIC, HERMITIAN }

    static final String BANNER = "%%MatrixMarket";

    final Format format;
    final Field field;
    final Symmetry symmetry;
    final int rows;
    final int cols;
    /** Entries the file lists: declared count (coordinate) or stored triangle / full size (array). */
    final long entries;
    /** Line number of the size line (1-based). */
    final int sizeLine;

    private MatrixMarketHeader(Format format, Field field, Symmetry symmetry, int rows, int cols, long entries, int sizeLine) {
        this.format = format;
        this.field = field;
        this.symmetry = symmetry;
        this.rows = rows;
        this.cols = cols;
        this.entries = entries;
        this.sizeLine = sizeLine;
    }

    /** The dtype name reported by {@link TensorInfo#dtype()}. */
    DType dtype() {
        switch (field) {
            case PATTERN: return DType.BOOL;
            case INTEGER: return DType.I64;
            case COMPLEX: return DType.C128;
            default: return DType.F64;
        }
    }

    /** Values per entry line after the indices (coordinate) or per line (array). */
    int valueTokens() {
        switch (field) {
            case PATTERN: return 0;
            case COMPLEX: return 2;
            default: return 1;
        }
    }

    /** Reads the banner, comments and size line; the reader is left on the first entry line. */
    static MatrixMarketHeader read(BufferedReader in, Path file, String tensor) throws IOException {
        String banner = in.readLine();
        if (banner == null || !banner.regionMatches(true, 0, BANNER, 0, BANNER.length())) {
            throw new FormatException(file, tensor, "not a MatrixMarket file (the first line must start with "
                    + BANNER + ")");
        }
        String[] t = banner.trim().split("\\s+");
        if (t.length != 5 || !t[0].equalsIgnoreCase(BANNER) || !t[1].equalsIgnoreCase("matrix")) {
            throw new FormatException(file, tensor, "MatrixMarket banner '" + banner.trim()
                    + "' is not '%%MatrixMarket matrix <format> <field> <symmetry>'");
        }
        Format format = parse(Format.class, t[2], file, tensor, "format");
        Field field = parse(Field.class, t[3], file, tensor, "field");
        Symmetry symmetry = parse(Symmetry.class, t[4].replace('-', '_'), file, tensor, "symmetry");
        if (format == Format.ARRAY && field == Field.PATTERN) {
            throw new FormatException(file, tensor, "MatrixMarket array files cannot be of field pattern");
        }
        if (field == Field.PATTERN && symmetry != Symmetry.GENERAL && symmetry != Symmetry.SYMMETRIC) {
            throw new FormatException(file, tensor, "MatrixMarket pattern files are general or symmetric, not "
                    + t[4].toLowerCase(Locale.ROOT));
        }
        if (symmetry == Symmetry.HERMITIAN && field != Field.COMPLEX) {
            throw new FormatException(file, tensor, "MatrixMarket hermitian files must be complex");
        }
        int lineNo = 1;
        String line;
        do {
            line = in.readLine();
            lineNo++;
            if (line == null) throw new FormatException(file, tensor, "MatrixMarket file ends before its size line");
        } while (line.isBlank() || line.startsWith("%"));
        String[] s = line.trim().split("\\s+");
        int want = format == Format.COORDINATE ? 3 : 2;
        if (s.length != want) {
            throw new FormatException(file, tensor, "line " + lineNo + ": size line '" + line.trim() + "' should hold "
                    + (want == 3 ? "rows, columns and entries" : "rows and columns"));
        }
        long r = count(s[0], file, tensor, lineNo);
        long c = count(s[1], file, tensor, lineNo);
        if (r < 1 || c < 1) throw new FormatException(file, tensor, "line " + lineNo + ": empty shape " + r + " x " + c);
        if (r > Integer.MAX_VALUE || c > Integer.MAX_VALUE) {
            throw new FormatException(file, tensor, "line " + lineNo + ": shape " + r + " x " + c + " is too large");
        }
        if (symmetry != Symmetry.GENERAL && r != c) {
            throw new FormatException(file, tensor, "line " + lineNo + ": a " + t[4].toLowerCase(Locale.ROOT)
                    + " matrix must be square, not " + r + " x " + c);
        }
        long entries;
        if (format == Format.COORDINATE) {
            entries = count(s[2], file, tensor, lineNo);
            long room = symmetry == Symmetry.GENERAL ? r * c
                    : symmetry == Symmetry.SKEW_SYMMETRIC ? r * (r - 1) / 2 : r * (r + 1) / 2;
            if (entries > room) {
                throw new FormatException(file, tensor, "line " + lineNo + ": declares " + entries
                        + " entries, more than the " + room + " positions a " + r + " x " + c + " "
                        + t[4].toLowerCase(Locale.ROOT) + " file can list");
            }
        } else {
            entries = symmetry == Symmetry.GENERAL ? r * c
                    : symmetry == Symmetry.SKEW_SYMMETRIC ? r * (r - 1) / 2 : r * (r + 1) / 2;
        }
        return new MatrixMarketHeader(format, field, symmetry, (int) r, (int) c, entries, lineNo);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String word, Path file, String tensor, String what) {
        try {
            return Enum.valueOf(type, word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FormatException(file, tensor, "unknown MatrixMarket " + what + " '" + word + "'");
        }
    }

    private static long count(String s, Path file, String tensor, int lineNo) {
        try {
            long v = Long.parseLong(s);
            if (v < 0) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new FormatException(file, tensor, "line " + lineNo + ": '" + s + "' is not a non-negative integer");
        }
    }
}
