package ailog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.SqliteOnly;
import ailog.domain.Run;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text stored as Slack escaped it, before migration V6, reads as the person meant it afterwards. */
@SqliteOnly
class UnescapeSlackTextMigrationTest {
    @TempDir
    Path folder;

    @Test
    void typedNotesAndWorkflowNamesAreUnescapedOnceAndImportedNotesAreLeftAlone() throws SQLException {
        String url = "jdbc:sqlite:" + folder.resolve("ailog.db");
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/common", "classpath:db/sqlite")
                .target("5").load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url);
                Statement sql = connection.createStatement()) {
            sql.execute("insert into workflow values ('r-and-d', 'R&amp;D &lt;draft&gt;', 'U0OWNER', 0)");
            sql.execute("insert into run (user_id, workflow_key, outcome, run_date, notes, logged_at, source) values"
                    + " ('U0MEMBER', 'r-and-d', 'as-is', '2026-11-23', 'R&amp;D wrote &lt;b&gt; and &amp;amp;', 1,"
                    + " 'command')");
            sql.execute("insert into run (user_id, workflow_key, outcome, run_date, notes, logged_at, source) values"
                    + " ('U0MEMBER', 'r-and-d', 'as-is', '2026-11-23', 'sheet says &amp; literally', 2, 'import')");
        }

        try (Database database = Database.open(url)) {
            List<Run> runs = new ArrayList<>();
            new JooqRuns(database).forEach(runs::add);
            assertThat(runs).extracting(Run::notes)
                    .containsExactly("R&D wrote <b> and &amp;", "sheet says &amp; literally");
            assertThat(new JooqWorkflows(database, java.time.Clock.systemUTC()).all())
                    .extracting(w -> w.name()).containsExactly("R&D <draft>");
        }
    }
}
