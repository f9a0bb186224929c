package org.supcert.reports.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.supcert.support.Mask;
import org.supcert.support.SupportChain;

/**
 * The content hash of a support: SHA-256 over the factor masks only (not the name), in a fixed
 * binary layout: "supcert-support/1", the factor count, then per factor rows, cols, allowed
 * entries, and per row its count and sorted column indices (32-bit big-endian). O(nnz).
 */
public final class SupportHash {
    private SupportHash() {}

    /** Lower-case hex SHA-256 of the masks of {@code s}. */
    public static String sha256(SupportChain s) {
        MessageDigest md = digest();
        md.update("supcert-support/1".getBytes(StandardCharsets.US_ASCII));
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        buf.putInt(s.length());
        for (Mask m : s.factors()) {
            buf = room(md, buf, 12);
            buf.putInt(m.rows()).putInt(m.cols()).putInt(m.nonZeros());
            for (int i = 0; i < m.rows(); i++) {
                int[] row = m.row(i);
                buf = room(md, buf, 4);
                buf.putInt(row.length);
                for (int j : row) {
                    buf = room(md, buf, 4);
                    buf.putInt(j);
                }
            }
        }
        buf.flip();
        md.update(buf);
        return HexFormat.of().formatHex(md.digest());
    }

    private static ByteBuffer room(MessageDigest md, ByteBuffer buf, int bytes) {
        if (buf.remaining() >= bytes) return buf;
        buf.flip();
        md.update(buf);
        buf.clear();
        return buf;
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
