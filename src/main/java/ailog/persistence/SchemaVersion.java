package ailog.persistence;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a database already has exactly the migrations this jar ships, told from Flyway's history table without
 * starting Flyway (which scans and checks every migration: most of a command's start-up when there is nothing to do).
 */
final class SchemaVersion {
    private static final Pattern MIGRATION = Pattern.compile("(?:^|/)V(\\d+)__[^/]*\\.sql$");
    private static final String APPLIED = "select version from flyway_schema_history where success = true"
            + " and version is not null";

    private SchemaVersion() {}

    /** True only when the applied versions are the shipped ones; any doubt (no history yet, unreadable) is false. */
    static boolean isCurrent(Engine engine) {
        try {
            Set<String> shipped = shipped(engine.migrationLocations());
            return !shipped.isEmpty() && shipped.equals(applied(engine));
        } catch (IOException | SQLException | URISyntaxException | RuntimeException e) {
            return false;
        }
    }

    private static Set<String> applied(Engine engine) throws SQLException {
        Set<String> versions = new HashSet<>();
        try (Connection connection = engine.dataSource().getConnection();
                Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery(APPLIED)) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    /**
     * The versions of the migrations in the locations: a jar's entries are read once for all the locations in it (a
     * jar holds thousands of entries, the migrations a dozen).
     */
    private static Set<String> shipped(List<String> locations) throws IOException, URISyntaxException {
        Set<String> versions = new HashSet<>();
        Map<String, List<String>> inJars = new LinkedHashMap<>();
        for (String location : locations) {
            URL folder = SchemaVersion.class.getClassLoader().getResource(location);
            if (folder == null) {
                continue;
            }
            if (folder.openConnection() instanceof JarURLConnection jar) {
                inJars.computeIfAbsent(jar.getJarFileURL().toString(), url -> new ArrayList<>()).add(location);
            } else {
                try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                    files.forEach(file -> version(location, location + "/" + file.getFileName(), versions));
                }
            }
        }
        for (Map.Entry<String, List<String>> jar : inJars.entrySet()) {
            JarURLConnection connection = (JarURLConnection) new URL("jar:" + jar.getKey() + "!/").openConnection();
            connection.setUseCaches(false);
            try (JarFile file = connection.getJarFile(); Stream<JarEntry> entries = file.stream()) {
                entries.forEach(entry -> jar.getValue().forEach(
                        location -> version(location, entry.getName(), versions)));
            }
        }
        return versions;
    }

    private static void version(String location, String name, Set<String> versions) {
        if (name.length() > location.length() && name.charAt(location.length()) == '/' && name.startsWith(location)) {
            Matcher matcher = MIGRATION.matcher(name);
            if (matcher.find()) {
                versions.add(matcher.group(1));
            }
        }
    }
}
