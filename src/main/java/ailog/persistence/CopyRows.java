package ailog.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows sent to PostgreSQL with one {@code COPY ... FROM STDIN} in CSV, in blocks of about {@link #BLOCK} bytes: no
 * statement to parse, plan and answer per row or per hundred rows. Every value is quoted, so an empty text stays
 * empty and only an unquoted empty field is NULL.
 */
final class CopyRows implements Engine.RowLoader {
    private static final int BLOCK = 1 << 16;

    /** The driver's own buffer of {@link #BLOCK} bytes in front of the copy. */
    private final PGCopyOutputStream copy;
    private final StringBuilder line = new StringBuilder(256);
    private boolean finished;

    CopyRows(Connection connection, String table, List<String> columns) throws SQLException {
        this.copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), "copy " + table + " ("
                + String.join(", ", columns) + ") from stdin with (format csv)", BLOCK);
    }

    @Override
    public void add(Object[] values) throws SQLException {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object value = values[i];
            if (value instanceof Long number) {
                line.append(number.longValue());
            } else if (value != null) {
                quoted((String) value);
            }
        }
        line.append('\n');
        try {
            copy.write(line.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    private void quoted(String value) {
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    /** Sends what the buffer still holds and ends the copy; returns how many rows PostgreSQL stored. */
    @Override
    public long finish() throws SQLException {
        finished = true;
        return copy.endCopy();
    }

    /** A copy left unfinished (a failed import) is cancelled, so the connection can roll the transaction back. */
    @Override
    public void close() throws SQLException {
        if (!finished && copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
