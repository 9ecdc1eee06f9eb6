package ailog.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jooq.Record;

/**
 * A table's rows summed up the same way whichever database they were read from: how many, and a checksum that does
 * not depend on their order (SQLite and PostgreSQL sort text differently): the sum of each row's SHA-256, cut to 64
 * bits. Each value counts by its text, with its length, so no two different rows hash alike by accident of framing.
 */
final class RowSum {
    private final MessageDigest digest;
    private final ByteBuffer length = ByteBuffer.allocate(Integer.BYTES);
    private long rows;
    private long sum;

    RowSum() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    void add(Record row) {
        add(row.intoArray());
    }

    /** A row's values, in its table's column order. */
    void add(Object[] row) {
        for (Object value : row) {
            if (value == null) {
                digest.update((byte) 0);
            } else {
                byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
                digest.update((byte) 1);
                digest.update(length.putInt(0, text.length).array());
                digest.update(text);
            }
        }
        sum += ByteBuffer.wrap(digest.digest()).getLong();
        rows++;
    }

    long rows() {
        return rows;
    }

    String checksum() {
        return HexFormat.of().toHexDigits(sum);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RowSum that && rows == that.rows && sum == that.sum;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sum);
    }
}
