package ailog.config;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Every setting (SPEC §2, and the few README adds), read once from the environment and checked. */
public record Settings(
        Optional<String> botToken,
        Optional<String> signingSecret,
        Optional<String> appToken,
        String apiUrl,
        int port,
        boolean portGiven,
        String database,
        Optional<String> databasePassword,
        Set<String> owners,
        ZoneId defaultZone,
        int targetPercent,
        int checkinHour,
        DayOfWeek reportDay,
        int reportHour,
        boolean rehearse) {

    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");

    public static Settings from(Map<String, String> env) {
        return new Settings(
                optional(env, "SLACK_BOT_TOKEN"),
                optional(env, "SLACK_SIGNING_SECRET"),
                optional(env, "SLACK_APP_TOKEN"),
                apiUrl(env.getOrDefault("SLACK_API_URL", "https://slack.com/api/")),
                integer(env, "PORT", 3000, 0, 65535),
                env.containsKey("PORT"),
                env.getOrDefault("AILOG_DB", "data/ailog.db"),
                optional(env, "AILOG_DB_PASSWORD"),
                owners(env.getOrDefault("AILOG_OWNERS", "")),
                zone(env.getOrDefault("AILOG_TIMEZONE", "UTC")),
                integer(env, "AILOG_TARGET", 70, 1, 100),
                integer(env, "AILOG_CHECKIN_HOUR", 10, 0, 23),
                day(env.getOrDefault("AILOG_REPORT_DAY", "MON")),
                integer(env, "AILOG_REPORT_HOUR", 9, 0, 23),
                onOff(env, "AILOG_REHEARSAL", true));
    }

    public boolean socketMode() {
        return appToken.isPresent();
    }

    /** Checks what serving needs: the bot token always, the signing secret over HTTP. */
    public Settings requireServing() {
        String bot = botToken.orElseThrow(() -> new SettingsException(
                "SLACK_BOT_TOKEN is not set: give the bot token (xoxb-...) from the app's OAuth & Permissions page"));
        if (!bot.startsWith("xoxb-")) {
            throw new SettingsException("SLACK_BOT_TOKEN must be a bot token starting with xoxb-");
        }
        appToken.filter(t -> !t.startsWith("xapp-")).ifPresent(t -> {
            throw new SettingsException("SLACK_APP_TOKEN must be an app-level token starting with xapp-");
        });
        if (appToken.isEmpty() && signingSecret.isEmpty()) {
            throw new SettingsException(
                    "SLACK_SIGNING_SECRET is not set: give the signing secret from the app's Basic Information page");
        }
        return this;
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static String apiUrl(String value) {
        if (!value.startsWith("http://") && !value.startsWith("https://")) {
            throw new SettingsException("SLACK_API_URL must be an http(s) URL such as https://slack.com/api/");
        }
        return value.endsWith("/") ? value : value + "/";
    }

    private static int integer(Map<String, String> env, String name, int fallback, int min, int max) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new SettingsException(name + " must be a whole number from " + min + " to " + max + ", not '" + value
                + "'");
    }

    private static boolean onOff(Map<String, String> env, String name, boolean fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new SettingsException(name + " must be on or off, such as " + name + "=off, not '"
                    + value + "'");
        };
    }

    private static Set<String> owners(String value) {
        Set<String> ids = Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        ids.stream().filter(id -> !USER_ID.matcher(id).matches()).findFirst().ifPresent(bad -> {
            throw new SettingsException("AILOG_OWNERS must be comma-separated Slack user IDs such as U012AB3CD, not '"
                    + bad + "'");
        });
        return ids;
    }

    private static ZoneId zone(String value) {
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new SettingsException("AILOG_TIMEZONE must be a time zone such as Europe/Berlin, not '" + value
                    + "'");
        }
    }

    private static DayOfWeek day(String value) {
        String upper = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values())
                .filter(d -> d.name().equals(upper) || d.name().startsWith(upper) && upper.length() >= 3)
                .findFirst()
                .orElseThrow(() -> new SettingsException(
                        "AILOG_REPORT_DAY must be a day of the week such as MON, not '" + value + "'"));
    }

    @Override
    public String toString() {
        return "Settings[apiUrl=" + apiUrl + ", port=" + port + ", database=" + database + ", owners=" + owners
                + ", zone=" + defaultZone + ", target=" + targetPercent + "]";
    }
}
