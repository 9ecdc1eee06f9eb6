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

/**
 * Sends a file from disk to a DM through Slack's upload flow (getUploadURLExternal, upload, completeUploadExternal),
 * streaming it: the SDK's own helper reads the whole file into memory, which a large export cannot afford.
 */
public final class SlackFileUpload {
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
}
