package ailog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pg_dump command a JDBC URL becomes: what libpq needs from it, and never the password. */
class PgDumpTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:postgresql://db.example.com/ailog?user=ailog | secret \
                | PGPASSWORD="$AILOG_DB_PASSWORD" pg_dump --format=custom --file=ailog.dump --host=db.example.com --port=5432 --username=ailog --dbname=ailog
            jdbc:postgresql://db.example.com:6543/ailog?user=ailog | \
                | pg_dump --format=custom --file=ailog.dump --host=db.example.com --port=6543 --username=ailog --dbname=ailog
            jdbc:postgresql://a:5433,b/ailog?user=u&ssl=true&prepareThreshold=0 | \
                | PGSSLMODE=verify-full pg_dump --format=custom --file=ailog.dump --host=a,b --port=5433,5432 --username=u --dbname=ailog
            jdbc:postgresql://[::1]:5433/my%20db?user=u&password=p&sslmode=require&sslrootcert=/etc/ca.pem | \
                | PGPASSWORD='…' PGSSLMODE=require PGSSLROOTCERT=/etc/ca.pem pg_dump --format=custom --file=ailog.dump --host=::1 --port=5433 --username=u --dbname=my db
            jdbc:postgresql:ailog?user=u | \
                | pg_dump --format=custom --file=ailog.dump --host=localhost --port=5432 --username=u --dbname=ailog
            """)
    void theCommandCarriesTheConnectionAndShowsNoPassword(String url, String password, String command) {
        assertThat(PgDump.of(url, password).example("ailog.dump")).isEqualTo(command).doesNotContain("secret");
    }
}
