package ailog.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
    @Test
    void defaultsFollowTheSpec() {
        Settings settings = Settings.from(Map.of());
        assertThat(settings.apiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(settings.port()).isEqualTo(3000);
        assertThat(settings.database()).isEqualTo("data/ailog.db");
        assertThat(settings.owners()).isEmpty();
        assertThat(settings.defaultZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(settings.targetPercent()).isEqualTo(70);
        assertThat(settings.checkinHour()).isEqualTo(10);
        assertThat(settings.reportDay()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(settings.reportHour()).isEqualTo(9);
        assertThat(settings.rehearse()).isTrue();
    }

    @Test
    void readsEverySetting() {
        Settings settings = Settings.from(Map.of(
                "SLACK_API_URL", "http://127.0.0.1:9/api",
                "PORT", "8080",
                "AILOG_OWNERS", "U0OWNER1, U0OWNER2",
                "AILOG_TIMEZONE", "Europe/Berlin",
                "AILOG_TARGET", "80",
                "AILOG_REPORT_DAY", "fri",
                "AILOG_REHEARSAL", " OFF "));
        assertThat(settings.apiUrl()).isEqualTo("http://127.0.0.1:9/api/");
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.owners()).containsExactlyInAnyOrder("U0OWNER1", "U0OWNER2");
        assertThat(settings.defaultZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(settings.targetPercent()).isEqualTo(80);
        assertThat(settings.reportDay()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(settings.rehearse()).isFalse();
    }

    @Test
    void aMalformedSettingNamesTheVariableAndWhatIsExpected() {
        assertThatThrownBy(() -> Settings.from(Map.of("PORT", "eighty")))
                .isInstanceOf(SettingsException.class)
                .hasMessage("PORT must be a whole number from 0 to 65535, not 'eighty'");
        assertThatThrownBy(() -> Settings.from(Map.of("AILOG_TIMEZONE", "Mars/Olympus")))
                .hasMessageStartingWith("AILOG_TIMEZONE must be a time zone");
        assertThatThrownBy(() -> Settings.from(Map.of("AILOG_OWNERS", "alice")))
                .hasMessageStartingWith("AILOG_OWNERS must be comma-separated Slack user IDs");
        assertThatThrownBy(() -> Settings.from(Map.of("AILOG_REHEARSAL", "no")))
                .hasMessage("AILOG_REHEARSAL must be on or off, such as AILOG_REHEARSAL=off, not 'no'");
    }

    @Test
    void servingNeedsTheBotTokenAndOverHttpTheSigningSecret() {
        assertThatThrownBy(() -> Settings.from(Map.of()).requireServing())
                .hasMessageStartingWith("SLACK_BOT_TOKEN is not set");
        assertThatThrownBy(() -> Settings.from(Map.of("SLACK_BOT_TOKEN", "xoxb-1")).requireServing())
                .hasMessageStartingWith("SLACK_SIGNING_SECRET is not set");
        assertThatThrownBy(() -> Settings.from(Map.of("SLACK_BOT_TOKEN", "xoxp-1")).requireServing())
                .hasMessageContaining("xoxb-");
    }

    @Test
    void neverShowsTokensWhenPrinted() {
        Settings settings = Settings.from(Map.of("SLACK_BOT_TOKEN", "xoxb-secret", "SLACK_SIGNING_SECRET", "s3cret"));
        assertThat(settings.toString()).doesNotContain("xoxb-secret").doesNotContain("s3cret");
    }
}
