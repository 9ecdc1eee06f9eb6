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
import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/** Sends a message to a member's DM with {@code chat.postMessage}, and says how it went. */
public final class SlackMessenger implements Messenger {
    /** Errors that a later attempt will not fix. */
    private static final Set<String> PERMANENT = Set.of("user_not_found", "channel_not_found", "account_inactive",
            "user_disabled", "cannot_dm_bot", "invalid_blocks", "msg_too_long", "no_text", "is_archived",
            "not_authed", "invalid_auth", "token_revoked", "missing_scope", "restricted_action");

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SlackMessenger.class);

    private final MethodsClient slack;

    public SlackMessenger(MethodsClient slack) {
        this.slack = slack;
    }

    @Override
    public Delivery send(String recipient, Message message) {
        Reply reply = MessageViews.render(message);
        try {
            ChatPostMessageResponse response = slack.chatPostMessage(r -> r.channel(recipient)
                    .text(reply.text())
                    .blocks(reply.blocks()));
            if (response.isOk()) {
                if (message instanceof Message.WeeklyReport weekly) {
                    attachChart(response.getChannel(), weekly);
                }
                return new Delivery.Sent(response.getChannel(), response.getTs());
            }
            if ("ratelimited".equals(response.getError()) || "rate_limited".equals(response.getError())) {
                return new Delivery.RateLimited(Duration.ofSeconds(1));
            }
            return PERMANENT.contains(response.getError())
                    ? new Delivery.Refused(response.getError())
                    : new Delivery.Failed(response.getError());
        } catch (SlackApiException e) {
            if (e.getResponse().code() == 429) {
                return new Delivery.RateLimited(retryAfter(e.getResponse().header("Retry-After")));
            }
            return new Delivery.Failed("HTTP " + e.getResponse().code());
        } catch (IOException e) {
            return new Delivery.Failed(e.toString());
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
            var upload = slack.filesUploadV2(r -> r.channel(channel)
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
