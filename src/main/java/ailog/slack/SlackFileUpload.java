package ailog.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts files in a member's DM through Slack's upload flow (getUploadURLExternal, upload, completeUploadExternal): a
 * large file streamed from disk (the SDK's own helper reads the whole file into memory, which a large export cannot
 * afford), or a small one made in memory.
 */
public final class SlackFileUpload {
    private static final Logger log = LoggerFactory.getLogger(SlackFileUpload.class);
    private static final MediaType OCTETS = MediaType.get("application/octet-stream");

    private final MethodsClient slack;
    private final OkHttpClient http;

    public SlackFileUpload(MethodsClient slack, OkHttpClient http) {
        this.slack = slack;
        // a large file takes longer than an API call's deadline; the read timeout still catches a hung upload
        this.http = http.newBuilder().callTimeout(Duration.ofMinutes(10)).build();
    }

    /** Why the upload failed. */
    public static final class Failed extends Exception {
        Failed(String why) {
            super(why);
        }
    }

    /** Uploads {@code file} as {@code filename} into {@code channel}, with a title and a comment. */
    public void send(Path file, String filename, String title, String comment, String channel) throws Failed {
        try {
            long length = Files.size(file);
            var url = slack.filesGetUploadURLExternal(r -> r.filename(filename).length((int) length));
            if (!url.isOk()) {
                throw new Failed("Slack refused the upload: " + url.getError());
            }
            Request post = new Request.Builder().url(url.getUploadUrl()).post(RequestBody.create(file.toFile(), OCTETS))
                    .build();
            try (Response uploaded = http.newCall(post).execute()) {
                if (uploaded.code() != 200) {
                    throw new Failed("Slack answered the upload with HTTP " + uploaded.code());
                }
            }
            var done = slack.filesCompleteUploadExternal(r -> r.channelId(channel).initialComment(comment)
                    .files(List.of(FileDetails.builder().id(url.getFileId()).title(title).build())));
            if (!done.isOk()) {
                throw new Failed("Slack did not complete the upload: " + done.getError());
            }
        } catch (IOException | SlackApiException e) {
            throw new Failed("the upload to Slack failed: " + e.getMessage());
        }
    }

    /** A small file made in memory (a chart) into a member's DM; returns whether Slack took it, logging why not. */
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
