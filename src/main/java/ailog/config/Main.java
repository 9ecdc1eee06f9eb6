package ailog.config;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar ailog.jar [serve|import|export|backup] …}: reads the settings and runs one command. */
public final class Main {
    private static final String USAGE = "usage: java -jar ailog.jar [serve | import FILE.csv [--create-workflows]"
            + " | export [--out FILE] | backup FILE]";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args)));
    }

    static int run(List<String> args) {
        String command = args.isEmpty() ? "serve" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        try {
            Settings settings = Settings.from(System.getenv());
            return switch (command) {
                case "serve" -> serve(settings);
                default -> {
                    System.err.println("unknown command '" + command + "'\n" + USAGE);
                    yield 2;
                }
            };
        } catch (SettingsException | StartupException e) {
            System.err.println("ailog: " + e.getMessage());
            return 1;
        }
    }

    private static int serve(Settings settings) {
        Bot bot = Bot.start(settings, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bot.close();
            stopped.countDown();
        }, "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
