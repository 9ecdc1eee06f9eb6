package ailog.slack;

import ailog.app.MemberDirectory;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** Users from Slack's {@code users.info}. */
public final class SlackMemberDirectory implements MemberDirectory {
    private final MethodsClient slack;
    private final ZoneId fallback;

    public SlackMemberDirectory(MethodsClient slack, ZoneId fallback) {
        this.slack = slack;
        this.fallback = fallback;
    }

    @Override
    public Optional<Profile> lookUp(String userId) {
        try {
            UsersInfoResponse response = slack.usersInfo(r -> r.user(userId));
            if (!response.isOk() || response.getUser() == null) {
                return Optional.empty();
            }
            User user = response.getUser();
            return Optional.of(new Profile(userId, zone(user.getTz()), user.isBot() || user.isAppUser(),
                    user.isDeleted()));
        } catch (Exception e) {
            throw new IllegalStateException("users.info for " + userId + " failed: " + e.getMessage(), e);
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
