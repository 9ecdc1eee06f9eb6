package ailog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.SqliteOnly;
import ailog.domain.metrics.AcceptanceRate;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database from before migration V4 gets its per-day counts from the runs it already holds. */
@SqliteOnly
class MemberDayCountMigrationTest {
    private static final LocalDate MONDAY = LocalDate.parse("2026-11-23");

    @TempDir
    Path folder;

    @Test
    void runsStoredBeforeTheCountsExistedAreCounted() throws SQLException {
        String url = "jdbc:sqlite:" + folder.resolve("ailog.db");
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/common", "classpath:db/sqlite")
                .target("3").load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url);
                Statement sql = connection.createStatement()) {
            sql.execute("insert into workflow values ('proposal', 'Proposal', 'U0OWNER', 0)");
            String[] outcomes = {"as-is", "light-edit", "heavy-edit", "not-used", "as-is"};
            for (int i = 0; i < 40; i++) {
                sql.execute("insert into run (user_id, workflow_key, outcome, run_date, logged_at, source) values ('"
                        + (i % 3 == 0 ? "U0OTHER" : "U0MEMBER") + "', 'proposal', '" + outcomes[i % outcomes.length]
                        + "', '" + MONDAY.plusDays(i % 9) + "', 0, 'import')");
            }
        }

        try (Database database = Database.open(url)) {
            JooqRuns runs = new JooqRuns(database);
            for (String member : new String[] {"U0MEMBER", "U0OTHER"}) {
                AcceptanceRate counted = runs.acceptanceOfMemberBetween(member, MONDAY, MONDAY.plusDays(6));
                assertThat(counted).as(member)
                        .isEqualTo(AcceptanceRate.of(runs.ofMemberBetween(member, MONDAY, MONDAY.plusDays(6))));
                assertThat(counted.runs()).isPositive();
            }
        }
    }
}
