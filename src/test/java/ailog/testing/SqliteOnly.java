package ailog.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test of something only SQLite has (its file, its older schemas, its locks), so the PostgreSQL run of the suite
 * leaves it out; PostgreSQL's own counterpart, where there is one, is tested beside it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("sqlite-only")
public @interface SqliteOnly {}
