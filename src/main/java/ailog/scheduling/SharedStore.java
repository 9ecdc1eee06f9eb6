package ailog.scheduling;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Quartz's job store in the shared PostgreSQL database (its tables come with our migrations), clustered: every
 * instance checks in, takes each due trigger under a row lock, and takes over the triggers of an instance that
 * stopped checking in. Connections come from the database's own pool.
 */
final class SharedStore {
    /**
     * How often an instance records that it is alive and looks for instances that are not. Quartz calls an instance
     * dead once its last check-in is older than its interval plus a fixed 7.5 s, so a dead instance's tick is taken
     * over 15 to 22.5 s after its last check-in (then fired at once when less than a minute late, else at the next
     * minute). A check-in is one small update per instance. Shorter, and a long pause of a live instance (garbage
     * collection, a slow database) would have it called dead and its tick run twice at once: harmless for the
     * outbox, whose claims send each message once, but wasted work.
     */
    static final Duration CHECK_IN = Duration.ofMillis(7_500);

    private SharedStore() {}

    /** The job store's settings, over connections from {@code dataSource} registered under a name of their own. */
    static Properties properties(DataSource dataSource, Duration checkIn) {
        // Quartz looks data sources up by name in one registry for the whole JVM; each scheduler has its own pool.
        String name = "ailog-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(name, new PooledConnections(dataSource));
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceId", "AUTO"); // host name and start time: unique
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass",
                "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        properties.setProperty("org.quartz.jobStore.dataSource", name);
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(checkIn.toMillis()));
        properties.setProperty("org.quartz.jobStore.useProperties", "true"); // no serialized Java in the tables
        properties.setProperty("org.quartz.jobStore.makeThreadsDaemons", "true");
        return properties;
    }

    /** Connections borrowed from the database's pool; the pool is the database's to close, not Quartz's. */
    private static final class PooledConnections implements ConnectionProvider {
        private volatile DataSource dataSource;

        PooledConnections(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public Connection getConnection() throws SQLException {
            DataSource source = dataSource;
            if (source == null) {
                throw new SQLException("the scheduler has stopped");
            }
            return source.getConnection();
        }

        @Override
        public void initialize() {
            // the pool is already open
        }

        /** Quartz stopping: forgets the pool, as the JVM-wide registry keeps this provider. */
        @Override
        public void shutdown() {
            dataSource = null;
        }
    }
}
