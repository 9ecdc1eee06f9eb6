package ailog.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** CPU times of any process on Linux, from {@code /proc/<pid>/stat}: what the JDK tells only for its own children. */
final class ProcStat {
    private static final long TICKS_PER_SECOND = ticksPerSecond();

    private ProcStat() {}

    /** utime, stime, cutime and cstime in clock ticks; empty where there is no {@code /proc} or the process is gone. */
    static Optional<long[]> ticks(long pid) {
        return ticks(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /** The same from a {@code stat} file: a process's, or one thread's ({@code /proc/<pid>/task/<tid>/stat}). */
    static Optional<long[]> ticks(Path statFile) {
        try {
            String stat = Files.readString(statFile, StandardCharsets.US_ASCII);
            // the command name, in parentheses, may hold spaces: the fields are counted after its closing one
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of(new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]),
                    Long.parseLong(fields[13]), Long.parseLong(fields[14])});
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Duration toDuration(long ticks) {
        return Duration.ofNanos(ticks * 1_000_000_000L / TICKS_PER_SECOND);
    }

    /** {@code getconf CLK_TCK}, 100 on every Linux we know of when it cannot be asked. */
    private static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String answer = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return getconf.waitFor() == 0 ? Long.parseLong(answer) : 100;
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
