package ailog.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, kept in the user's cache folder instead of being unpacked from the jar into the temporary
 * folder on every start (the driver's default: a tenth of a second of a command-line run). The cached file is kept
 * per driver version, is checked against the size and checksum of the library in the jar before every use, and is
 * replaced through a new file and an atomic rename when it is missing or differs, so that processes starting
 * together never see a half-written library. Whenever anything here fails the driver unpacks the library itself as
 * before.
 */
final class SqliteNativeLibrary {
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static boolean prepared;

    private SqliteNativeLibrary() {}

    /** Points the driver at the cached library, once per process, unless the operator already chose one. */
    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null) {
            return;
        }
        cacheFolder(System.getenv(), System.getProperty("user.home")).flatMap(SqliteNativeLibrary::install)
                .ifPresent(library -> {
                    System.setProperty(PATH_PROPERTY, library.getParent().toString());
                    System.setProperty(NAME_PROPERTY, library.getFileName().toString());
                });
    }

    /** {@code $XDG_CACHE_HOME/ailog}, or {@code ~/.cache/ailog}; never a folder other users can write to. */
    static Optional<Path> cacheFolder(Map<String, String> env, String home) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, "ailog"));
        }
        if (home == null || home.isBlank() || home.equals("?")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(home, ".cache", "ailog"));
    }

    /**
     * The library in {@code folder}, written there first when missing or not the same as in the jar; empty when that
     * cannot be done (the driver not in a jar, a read-only home, …). Beside it, the name of the jar entry it came
     * from, so that a later start checks it without asking the driver which platform this is (the driver finds out by
     * running {@code uname}).
     */
    static Optional<Path> install(Path folder) {
        try {
            URL driver = SQLiteJDBCLoader.class.getResource("SQLiteJDBCLoader.class");
            if (driver == null || !(driver.openConnection() instanceof JarURLConnection connection)) {
                return Optional.empty();
            }
            JarFile jar = connection.getJarFile();
            String name = LibraryLoaderUtil.getNativeLibName();
            Path library = folder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(name);
            Path source = library.resolveSibling(name + ".source");
            if (Files.isRegularFile(source)) {
                JarEntry known = jar.getJarEntry(Files.readString(source, StandardCharsets.UTF_8).strip());
                if (known != null && matches(library, known)) {
                    return Optional.of(library);
                }
            }
            String entryName = (LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name).replaceFirst("^/", "");
            JarEntry entry = jar.getJarEntry(entryName);
            if (entry == null || entry.getSize() < 0 || entry.getCrc() < 0) {
                return Optional.empty();
            }
            Files.createDirectories(library.getParent());
            if (!matches(library, entry)) {
                Path fresh = Files.createTempFile(library.getParent(), name, ".part");
                try {
                    try (InputStream in = jar.getInputStream(entry); OutputStream out = Files.newOutputStream(fresh)) {
                        in.transferTo(out);
                    }
                    if (!matches(fresh, entry)) {
                        return Optional.empty();
                    }
                    Files.move(fresh, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(fresh);
                }
            }
            Path freshSource = Files.createTempFile(library.getParent(), name, ".part");
            try {
                Files.writeString(freshSource, entryName + "\n", StandardCharsets.UTF_8);
                Files.move(freshSource, source, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(freshSource);
            }
            return matches(library, entry) ? Optional.of(library) : Optional.empty();
        } catch (IOException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** Whether the file has the entry's size and checksum. */
    private static boolean matches(Path file, JarEntry entry) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != entry.getSize()) {
            return false;
        }
        try (CheckedInputStream in = new CheckedInputStream(Files.newInputStream(file), new CRC32())) {
            in.transferTo(OutputStream.nullOutputStream());
            return in.getChecksum().getValue() == entry.getCrc();
        }
    }
}
