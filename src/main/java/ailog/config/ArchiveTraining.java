package ailog.config;

import ailog.slack.SlackClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The build's training run for the class-data archive ({@code -XX:ArchiveClassesAtExit}): the short commands an
 * operator runs from cron ({@code report --json}, {@code tick}, {@code backup}), one after the other in this one JVM,
 * on a new empty database in the folder given, so that the archive holds the classes all of them load. It never
 * fails the build: whatever goes wrong, it exits 0 and the build goes on without (or with a smaller) archive.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {}

    /** {@code ArchiveTraining FOLDER [ARCHIVE]}: trains in FOLDER, first removing an older ARCHIVE. */
    public static void main(String[] args) {
        try {
            Path folder = Path.of(args[0]);
            if (args.length > 1) {
                Files.deleteIfExists(Path.of(args[1])); // the last build's archive: this JVM writes the new one at exit
            }
            Main.quietLibraries();
            Files.createDirectories(folder);
            Path database = folder.resolve("training.db");
            Path backup = folder.resolve("training-backup.db");
            Files.deleteIfExists(database);
            Files.deleteIfExists(backup);
            Map<String, String> env = Map.of(
                    "AILOG_DB", database.toString(),
                    // an empty database has nothing to send: tick never calls this address
                    "SLACK_BOT_TOKEN", "xoxb-archive-training",
                    "SLACK_API_URL", "http://127.0.0.1:9/api/");
            Main.run(List.of("report", "--json"), env);
            Main.run(List.of("report", "--json"), env); // a second time: the way a migrated database opens
            Main.run(List.of("tick", "--at", "2026-12-01T09:00:00Z"), env);
            Main.run(List.of("backup", backup.toString()), env);
            // what a tick with messages due loads besides: the Slack client (no call is made)
            SlackClients.methodsOnFirstUse(env.get("SLACK_API_URL"), env.get("SLACK_BOT_TOKEN")).get();
        } catch (Exception | LinkageError e) {
            System.err.println("ailog: the class-data archive's training run failed (" + e + ");"
                    + " the jar works without it");
        }
        System.exit(0);
    }
}
