package ailog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway runs only when a shipped migration is missing from the database, never just to find nothing to do. */
class SchemaVersionTest {
    @TempDir
    Path folder;

    private String url;

    @BeforeEach
    void emptyDatabase() {
        url = TestDatabase.onPostgres() ? TestDatabase.emptyPostgres()
                : Database.toJdbcUrl(folder.resolve("ailog.db").toString());
    }

    private boolean current() {
        Engine engine = Engine.of(url, null);
        try {
            return SchemaVersion.isCurrent(engine);
        } finally {
            engine.close();
        }
    }

    @Test
    void aNewDatabaseIsNotCurrentUntilOpeningHasMigratedIt() {
        assertThat(current()).isFalse();

        Database.open(url).close();

        assertThat(current()).isTrue();
    }

    @Test
    void aDatabaseWhoseHistoryLacksAShippedMigrationIsNotCurrent() {
        try (Database database = Database.open(url)) {
            database.write(dsl -> dsl.execute("delete from flyway_schema_history where version = '4'"));
        }

        assertThat(current()).isFalse();
    }

    @Test
    void aDatabaseWithAFailedMigrationIsNotCurrent() {
        try (Database database = Database.open(url)) {
            database.write(dsl -> dsl.execute("update flyway_schema_history set success = false where version = '2'"));
        }

        assertThat(current()).isFalse();
    }
}
