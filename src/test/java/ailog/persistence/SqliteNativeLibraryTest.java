package ailog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.BotProcess;
import ailog.testing.SqliteOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** SQLite's native library is unpacked once into the cache folder, checked on every start and replaced when bad. */
@SqliteOnly
class SqliteNativeLibraryTest {
    @TempDir
    Path folder;

    @Test
    void anEmptyCacheGetsTheLibraryFromTheJarAndALaterStartTakesItAsItIs() throws IOException {
        Path library = SqliteNativeLibrary.install(folder).orElseThrow();

        assertThat(library).startsWith(folder).hasFileName(LibraryLoaderUtil.getNativeLibName());
        assertThat(crc(Files.readAllBytes(library))).isEqualTo(crc(fromJar()));
        var written = Files.getLastModifiedTime(library);
        assertThat(SqliteNativeLibrary.install(folder)).contains(library);
        assertThat(Files.getLastModifiedTime(library)).isEqualTo(written);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aCachedLibraryThatDiffersFromTheJarsIsReplaced() throws IOException {
        Path library = SqliteNativeLibrary.install(folder).orElseThrow();
        byte[] corrupt = Files.readAllBytes(library);
        corrupt[corrupt.length / 2] ^= 0x5a; // same size, one byte off
        Files.write(library, corrupt);

        assertThat(SqliteNativeLibrary.install(folder)).contains(library);
        assertThat(Files.readAllBytes(library)).isEqualTo(fromJar());

        Files.write(library, new byte[] {1, 2, 3}); // cut short
        assertThat(SqliteNativeLibrary.install(folder)).contains(library);
        assertThat(Files.readAllBytes(library)).isEqualTo(fromJar());
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aCacheFolderThatCannotBeWrittenLeavesTheDriverToItsOwnWay() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("file"), "in the way");

        assertThat(SqliteNativeLibrary.install(notAFolder)).isEmpty();
    }

    @Test
    void theCacheIsInTheUsersCacheFolderNeverInASharedOne() {
        assertThat(SqliteNativeLibrary.cacheFolder(Map.of("XDG_CACHE_HOME", "/home/op/.xdg"), "/home/op"))
                .contains(Path.of("/home/op/.xdg/ailog"));
        assertThat(SqliteNativeLibrary.cacheFolder(Map.of("XDG_CACHE_HOME", "relative"), "/home/op"))
                .contains(Path.of("/home/op/.cache/ailog"));
        assertThat(SqliteNativeLibrary.cacheFolder(Map.of(), "?")).isEqualTo(Optional.empty());
    }

    @Test
    void twoCommandsStartingAtOnceWithAnEmptyCacheBothWorkAndACorruptLibraryIsReplaced() throws IOException {
        Path cache = folder.resolve("cache");
        List<BotProcess> reports = Stream.of("a.db", "b.db").map(db -> BotProcess.startShortCommand(Map.of(
                "AILOG_DB", folder.resolve(db).toString(), "XDG_CACHE_HOME", cache.toString()), "report", "--json"))
                .toList();
        for (BotProcess report : reports) {
            assertThat(report.awaitExit()).as("%s", report.output()).isZero();
            assertThat(report.output()).contains("  \"runs\": 0,");
        }
        Path library = cache.resolve("ailog").resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                .resolve(LibraryLoaderUtil.getNativeLibName());
        assertThat(Files.readAllBytes(library)).isEqualTo(fromJar());

        byte[] corrupt = Files.readAllBytes(library);
        corrupt[100] ^= 0x5a;
        Files.write(library, corrupt);
        BotProcess again = BotProcess.startShortCommand(Map.of(
                "AILOG_DB", folder.resolve("a.db").toString(), "XDG_CACHE_HOME", cache.toString()), "report", "--json");
        assertThat(again.awaitExit()).as("%s", again.output()).isZero();
        assertThat(again.output()).noneMatch(line -> line.contains("ERROR") || line.contains("WARN"));
        assertThat(Files.readAllBytes(library)).isEqualTo(fromJar());
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".part")).toList();
        }
    }

    private static byte[] fromJar() throws IOException {
        try (var in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            return in.readAllBytes();
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
