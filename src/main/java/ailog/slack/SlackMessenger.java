package ailog.slack;

import ailog.app.outbox.Delivery;
import ailog.app.outbox.Message;
import ailog.app.outbox.Messenger;
import ailog.chart.TrendChart;
import ailog.slack.views.MessageViews;
import ailog.slack.views.Reply;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.Message.Metadata;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Sends a message to a member's DM with {@code chat.postMessage}, marked with its outbox key in Slack's message
 * metadata, says how it went, and can look for that key in the DM when an earlier answer was lost.
 */
public final class SlackMessenger implements Messenger {
    /** The metadata event type every scheduled message carries; its payload names the outbox key. */
    static final String EVENT_TYPE = "ailog_outbox";
    /** Errors that mean the bot token itself is refused: nothing will send until it is fixed. */
    private static final Set<String> TOKEN_REFUSED = Set.of("invalid_auth", "not_authed", "account_inactive",
            "token_revoked", "token_expired", "no_permission", "org_login_required", "ekm_access_denied");
    /** Errors that a later attempt will not fix. */
    private static final Set<String> PERMANENT = Set.of("user_not_found", "channel_not_found", "user_disabled",
            "cannot_dm_bot", "invalid_blocks", "msg_too_long", "no_text", "is_archived", "missing_scope",
            "restricted_action", "invalid_metadata_format", "invalid_metadata_schema");
    private static final int HISTORY_PAGE = 100;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SlackMessenger.class);

    private final Supplier<MethodsClient> slack;

    public SlackMessenger(MethodsClient slack) {
        this(() -> slack);
    }

    /** Over a client made when the first message goes out. */
    public SlackMessenger(Supplier<MethodsClient> slack) {
        this.slack = slack;
    }

    @Override
    public Delivery send(String recipient, Message message, String key) {
        Reply reply = MessageViews.render(message);
        ChatPostMessageResponse response;
        try {
            response = slack.get().chatPostMessage(r -> r.channel(recipient)
                    .text(reply.text())
                    .blocks(reply.blocks())
                    .metadata(new Metadata(EVENT_TYPE, Map.of("key", key))));
        } catch (SlackApiException e) {
            return e.getResponse().code() == 429
                    ? new Delivery.RateLimited(retryAfter(e.getResponse().header("Retry-After")))
                    : new Delivery.Unknown("HTTP " + e.getResponse().code());
        } catch (Exception e) {
            // a timeout, a dropped connection, or a 200 whose body is not Slack's JSON (a proxy's error page)
            return new Delivery.Unknown(e.toString());
        }
        if (response.isOk()) {
            if (message instanceof Message.WeeklyReport weekly) {
                attachChart(response.getChannel(), weekly);
            }
            return new Delivery.Sent(response.getChannel(), response.getTs());
        }
        return failure(response.getError());
    }

    private static Delivery failure(String error) {
        if ("ratelimited".equals(error) || "rate_limited".equals(error)) {
            return new Delivery.RateLimited(Duration.ofSeconds(1));
        }
        if (TOKEN_REFUSED.contains(error)) {
            return new Delivery.TokenRefused(error);
        }
        return PERMANENT.contains(error) ? new Delivery.Refused(error) : new Delivery.Failed(error);
    }

    @Override
    public Search findSent(String recipient, String key, Instant since) {
        try {
            var opened = slack.get().conversationsOpen(r -> r.users(List.of(recipient)));
            if (!opened.isOk()) {
                return new Search.Unknown("conversations.open: " + opened.getError());
            }
            String channel = opened.getChannel().getId();
            var history = slack.get().conversationsHistory(r -> r.channel(channel)
                    .oldest(Long.toString(since.getEpochSecond()))
                    .limit(HISTORY_PAGE)
                    .includeAllMetadata(true));
            if (!history.isOk()) {
                return new Search.Unknown("conversations.history: " + history.getError());
            }
            return history.getMessages().stream()
                    .filter(m -> m.getMetadata() != null && EVENT_TYPE.equals(m.getMetadata().getEventType())
                            && m.getMetadata().getEventPayload() != null
                            && Objects.equals(key, m.getMetadata().getEventPayload().get("key")))
                    .findFirst()
                    .<Search>map(m -> new Search.Found(new Delivery.Sent(channel, m.getTs())))
                    .orElse(new Search.Absent());
        } catch (Exception e) {
            return new Search.Unknown(e.toString());
        }
    }

    /**
     * The chart goes up beside the report through Slack's upload flow (getUploadURLExternal, upload,
     * completeUploadExternal). The report is already delivered: a failed upload is logged, never a reason to send
     * the report twice.
     */
    private void attachChart(String channel, Message.WeeklyReport weekly) {
        try {
            byte[] png = TrendChart.png(weekly.trend(), weekly.report().targetPercent());
            var upload = slack.get().filesUploadV2(r -> r.channel(channel)
                    .fileData(png)
                    .filename("ailog-last-8-weeks.png")
                    .title("Runs and acceptance, last 8 weeks")
                    .altTxt("Bar chart of runs per week with acceptance rate as a line against the target"));
            if (!upload.isOk()) {
                log.warn("uploading the weekly chart failed: {}", upload.getError());
            }
        } catch (Exception e) {
            log.warn("uploading the weekly chart failed: {}", e.toString());
        }
    }

    private static Duration retryAfter(String header) {
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(header.strip())));
        } catch (RuntimeException e) {
            return Duration.ofSeconds(1);
        }
    }
}
