package ailog.slack;

import com.slack.api.methods.MethodsClient;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Puts a file in a member's DM with ailog through Slack's upload flow; a failure is logged, never thrown. */
public final class SlackFileUpload {
    private static final Logger log = LoggerFactory.getLogger(SlackFileUpload.class);

    private final MethodsClient slack;

    public SlackFileUpload(MethodsClient slack) {
        this.slack = slack;
    }

    /** Returns whether Slack took the file. */
    public boolean toDirectMessage(String userId, byte[] data, String filename, String title, String altText) {
        try {
            String channel = slack.conversationsOpen(r -> r.users(List.of(userId))).getChannel().getId();
            var upload = slack.filesUploadV2(r -> r.channel(channel)
                    .fileData(data)
                    .filename(filename)
                    .title(title)
                    .altTxt(altText));
            if (!upload.isOk()) {
                log.warn("uploading {} to {} failed: {}", filename, userId, upload.getError());
            }
            return upload.isOk();
        } catch (Exception e) {
            log.warn("uploading {} to {} failed: {}", filename, userId, e.toString());
            return false;
        }
    }
}
