package ailog.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that runs on PostgreSQL whichever run of the suite this is (moving to PostgreSQL, several instances on one
 * database), so the PostgreSQL run leaves it out rather than run it twice.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("always-on-postgresql")
public @interface AlwaysOnPostgres {}
