package ailog.slack;

import ailog.app.MemberDirectory;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.function.Supplier;

/** Users from Slack's {@code users.info}, one call per user; {@link ConcurrentMemberDirectory} runs many at once. */
public final class SlackMemberDirectory implements MemberDirectory {
    private final Supplier<MethodsClient> slack;
    private final ZoneId fallback;

    /** Over a client made at the first look-up. */
    public SlackMemberDirectory(Supplier<MethodsClient> slack, ZoneId fallback) {
        this.slack = slack;
        this.fallback = fallback;
    }

    @Override
    public Lookup lookUp(String userId) {
        try {
            UsersInfoResponse response = slack.get().usersInfo(r -> r.user(userId));
            if (!response.isOk()) {
                // only these two mean "no such user"; any other error says nothing about the person
                return "user_not_found".equals(response.getError()) || "users_not_found".equals(response.getError())
                        ? new NotFound()
                        : new Failed("Slack answered " + response.getError());
            }
            if (response.getUser() == null) {
                return new NotFound();
            }
            User user = response.getUser();
            return new Found(new Profile(userId, zone(user.getTz()), user.isBot() || user.isAppUser(),
                    user.isDeleted()));
        } catch (SlackApiException e) {
            return new Failed("Slack answered HTTP " + e.getResponse().code());
        } catch (Exception e) {
            return new Failed("Slack could not be reached");
        }
    }

    private ZoneId zone(String tz) {
        try {
            return tz == null ? fallback : ZoneId.of(tz);
        } catch (DateTimeException e) {
            return fallback;
        }
    }
}
