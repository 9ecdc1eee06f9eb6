package ailog.testing;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeSlackTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final FakeSlack fake = FakeSlack.start();
    private final MethodsClient slack = sdkPointedAt(fake).methods("xoxb-test");

    @AfterEach
    void stopTheFake() {
        fake.close();
    }

    @Test
    void answersAuthTestWithTheBotIdentity() throws Exception {
        AuthTestResponse auth = slack.authTest(r -> r);

        assertThat(auth.isOk()).isTrue();
        assertThat(auth.getTeamId()).isEqualTo("T0TEAM001");
        assertThat(auth.getUserId()).isEqualTo("U0BOT0001");
        assertThat(auth.getBotId()).isEqualTo("B0BOT0001");
    }

    @Test
    void failsAuthTestWhenToldTheTokenIsInvalid() throws Exception {
        fake.setAuthInvalid(true);

        AuthTestResponse auth = slack.authTest(r -> r);

        assertThat(auth.isOk()).isFalse();
        assertThat(auth.getError()).isEqualTo("invalid_auth");
    }

    @Test
    void recordsAFormEncodedCallMadeThroughTheSdk() throws Exception {
        ChatPostMessageResponse posted = slack.chatPostMessage(r -> r.channel("C0CHAN001").text("Héllo & 100% sure")
                .blocks(asBlocks(section(s -> s.text(markdownText("*Week 48*"))))));

        assertThat(posted.isOk()).isTrue();
        assertThat(posted.getTs()).endsWith(".000100");
        FakeSlack.Call call = fake.awaitCalls("chat.postMessage", 1, WAIT).get(0);
        assertThat(call.token()).isEqualTo("xoxb-test");
        assertThat(call.get("channel")).isEqualTo("C0CHAN001");
        assertThat(call.get("text")).isEqualTo("Héllo & 100% sure");
        assertThat(call.get("blocks")).contains("\"text\":\"*Week 48*\"");
        assertThat(fake.violations()).isEmpty();
    }

    @Test
    void givesEachPostedMessageAnIncreasingTs() throws Exception {
        String first = slack.chatPostMessage(r -> r.channel("C0CHAN001").text("one")).getTs();
        String second = slack.chatPostMessage(r -> r.channel("C0CHAN001").text("two")).getTs();

        assertThat(Double.parseDouble(second)).isGreaterThan(Double.parseDouble(first));
    }

    @Test
    void rejectsAnOverLongSectionTextWithInvalidBlocks() throws Exception {
        ChatPostMessageResponse posted = slack.chatPostMessage(r -> r.channel("C0CHAN001").text("fallback")
                .blocks(asBlocks(section(s -> s.text(markdownText("x".repeat(3001)))))));

        assertThat(posted.isOk()).isFalse();
        assertThat(posted.getError()).isEqualTo("invalid_blocks");
        assertThat(posted.getErrors())
                .containsExactly("must be less than 3001 characters [json-pointer:/blocks/0/text/text]");
        assertThat(fake.violations()).containsExactly(
                "chat.postMessage: must be less than 3001 characters [json-pointer:/blocks/0/text/text]");
    }

    @Test
    void answersTooManyRequestsWithRetryAfterWhenTold() throws Exception {
        fake.failNext("chat.postMessage", 1, 429, "7");

        assertThatThrownBy(() -> slack.chatPostMessage(r -> r.channel("C0CHAN001").text("hi")))
                .isInstanceOfSatisfying(SlackApiException.class, e -> {
                    assertThat(e.getResponse().code()).isEqualTo(429);
                    assertThat(e.getResponse().header("Retry-After")).isEqualTo("7");
                    assertThat(e.getError().getError()).isEqualTo("ratelimited");
                });
        assertThat(slack.chatPostMessage(r -> r.channel("C0CHAN001").text("hi")).isOk()).isTrue();
        assertThat(fake.calls("chat.postMessage")).hasSize(2);
    }

    @Test
    void answersAnApplicationErrorWhenTold() throws Exception {
        fake.failNextWithError("chat.postMessage", 1, "channel_not_found");

        ChatPostMessageResponse posted = slack.chatPostMessage(r -> r.channel("C0GONE").text("hi"));

        assertThat(posted.isOk()).isFalse();
        assertThat(posted.getError()).isEqualTo("channel_not_found");
    }

    @Test
    void describesUsersInTheirTimeZoneAndKnowsUnknownOnes() throws Exception {
        fake.setUserZone("U0USER001", "Asia/Tokyo");
        fake.setUser("U0GHOST01", FakeSlack.UserState.UNKNOWN);

        UsersInfoResponse tokyo = slack.usersInfo(r -> r.user("U0USER001"));
        UsersInfoResponse ghost = slack.usersInfo(r -> r.user("U0GHOST01"));

        assertThat(tokyo.getUser().getTz()).isEqualTo("Asia/Tokyo");
        assertThat(tokyo.getUser().getTzOffset()).isEqualTo(9 * 3600);
        assertThat(slack.usersInfo(r -> r.user("U0OTHER01")).getUser().getTz()).isEqualTo("America/New_York");
        assertThat(ghost.getError()).isEqualTo("user_not_found");
    }

    @Test
    void acceptsJsonBodiesForMethods() throws Exception {
        HttpResponse<String> answer = post(fake.apiUrl() + "chat.postMessage", "application/json",
                "{\"channel\":\"C0CHAN001\",\"text\":\"hi\",\"blocks\":[{\"type\":\"divider\"}]}", "xoxb-json");

        assertThat(answer.body()).contains("\"ok\":true");
        FakeSlack.Call call = fake.calls("chat.postMessage").get(0);
        assertThat(call.token()).isEqualTo("xoxb-json");
        assertThat(call.get("blocks")).isEqualTo("[{\"type\":\"divider\"}]");
    }

    @Test
    void waitsForCallsThatArriveAfterTheAck() {
        CompletableFuture.runAsync(() -> post(fake.apiUrl() + "views.publish", "application/x-www-form-urlencoded",
                "user_id=U0USER001&view=%7B%22type%22%3A%22home%22%2C%22blocks%22%3A%5B%5D%7D", "xoxb-test"));

        assertThat(fake.awaitCalls("views.publish", 1, WAIT)).singleElement()
                .satisfies(call -> assertThat(call.get("user_id")).isEqualTo("U0USER001"));
    }

    @Test
    void recordsResponseUrlPostsAndRejectsInvalidBlocksThere() {
        String url = fake.newResponseUrl();

        HttpResponse<String> fine =
                post(url, "application/json", "{\"replace_original\":true,\"text\":\"Saved\"}", null);
        HttpResponse<String> tooLong = post(url, "application/json",
                "{\"text\":\"x\",\"blocks\":[{\"type\":\"header\",\"text\":{\"type\":\"plain_text\",\"text\":\""
                        + "x".repeat(151) + "\"}}]}", null);

        assertThat(fine.statusCode()).isEqualTo(200);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("invalid_blocks", "[json-pointer:/blocks/0/text/text]");
        assertThat(fake.awaitResponses(2, WAIT)).first()
                .satisfies(post -> assertThat(post.body().get("text").getAsString()).isEqualTo("Saved"));
        assertThat(fake.violations()).hasSize(1);
    }

    @Test
    void uploadsAFileThroughTheSdkInThreeSteps() throws Exception {
        var uploaded = slack.filesUploadV2(r -> r.channel("D0USER001").filename("week.csv").content("a,b\n1,2\n"));

        assertThat(uploaded.isOk()).isTrue();
        assertThat(fake.uploads()).singleElement()
                .satisfies(upload ->
                        assertThat(new String(upload.bytes(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n"));
        assertThat(fake.calls("files.completeUploadExternal")).singleElement()
                .satisfies(call -> assertThat(call.get("channel_id")).isEqualTo("D0USER001"));
    }

    @Test
    void answersUnknownMethodsLikeSlack() throws Exception {
        HttpResponse<String> answer = post(fake.apiUrl() + "no.such.method", "application/x-www-form-urlencoded", "",
                "xoxb-test");

        assertThat(answer.body()).isEqualTo("{\"ok\":false,\"error\":\"unknown_method\"}");
    }

    private static Slack sdkPointedAt(FakeSlack fake) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        config.setProxyUrl(null);
        config.setStatsEnabled(false);
        return Slack.getInstance(config);
    }

    private static HttpResponse<String> post(String url, String contentType, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
