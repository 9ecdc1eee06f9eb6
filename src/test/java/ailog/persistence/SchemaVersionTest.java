package ailog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway runs only when a shipped migration is missing from the database, never just to find nothing to do. */
class SchemaVersionTest {
    @TempDir
    Path folder;

    private String url() {
        return Database.toJdbcUrl(folder.resolve("ailog.db").toString());
    }

    @Test
    void aNewDatabaseIsNotCurrentUntilOpeningHasMigratedIt() {
        assertThat(SchemaVersion.isCurrent(url())).isFalse();

        Database.open(url()).close();

        assertThat(SchemaVersion.isCurrent(url())).isTrue();
    }

    @Test
    void aDatabaseWhoseHistoryLacksAShippedMigrationIsNotCurrent() {
        try (Database database = Database.open(url())) {
            database.write(dsl -> dsl.execute("delete from flyway_schema_history where version = '4'"));
        }

        assertThat(SchemaVersion.isCurrent(url())).isFalse();
    }

    @Test
    void aDatabaseWithAFailedMigrationIsNotCurrent() {
        try (Database database = Database.open(url())) {
            database.write(dsl -> dsl.execute("update flyway_schema_history set success = 0 where version = '2'"));
        }

        assertThat(SchemaVersion.isCurrent(url())).isFalse();
    }
}
