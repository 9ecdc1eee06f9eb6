package ailog.bench;

import ailog.slack.HttpServer;
import ailog.slack.SlackClients;
import ailog.slack.SlackHttpHandler;
import ailog.slack.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** The floor the bot is measured against: a Bolt app on the bot's own Jetty handler whose {@code /ailog} only acks. */
public final class BareAckApp {
    private BareAckApp() {}

    /** Reads SLACK_API_URL, SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET and PORT as the bot does; serves until SIGTERM. */
    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        App app = new App(AppConfig.builder()
                .slack(SlackClients.forApi(env.get("SLACK_API_URL")))
                .singleTeamBotToken(env.get("SLACK_BOT_TOKEN"))
                .requestVerificationEnabled(false)
                .build());
        app.command("/ailog", (request, context) -> context.ack());
        app.start();
        SlackSignature signature = new SlackSignature(env.get("SLACK_SIGNING_SECRET"), Clock.systemUTC());
        HttpServer http = new HttpServer(Integer.parseInt(env.getOrDefault("PORT", "0")),
                new SlackHttpHandler(app, signature, java.util.Optional::empty));
        http.start();
        System.out.println("bare ack app serving HTTP on port " + http.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                http.close();
            } catch (Exception e) {
                System.err.println("stopping HTTP: " + e);
            }
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
    }
}
