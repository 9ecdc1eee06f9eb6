package ailog.slack.home;

import ailog.app.MemberProgramme;
import ailog.app.MemberStatsSummary;
import ailog.app.QuickLogChoices;
import ailog.slack.views.HomeView;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a member's App Home: their programme, own numbers and the quick-log buttons (an owner's team first),
 * under what their last press showed.
 */
public final class HomeTab {
    private static final Logger log = LoggerFactory.getLogger(HomeTab.class);

    private final MethodsClient slack;
    private final MemberStatsSummary stats;
    private final MemberProgramme programme;
    private final QuickLogChoices choices;
    private final Supplier<String> nonces;
    private final Function<String, List<LayoutBlock>> forOwners;

    /** {@code forOwners}: what an owner sees above their own week (team headline, open feedback); empty for others. */
    public HomeTab(MethodsClient slack, MemberStatsSummary stats, MemberProgramme programme, QuickLogChoices choices,
            Supplier<String> nonces, Function<String, List<LayoutBlock>> forOwners) {
        this.slack = slack;
        this.stats = stats;
        this.programme = programme;
        this.choices = choices;
        this.nonces = nonces;
        this.forOwners = forOwners;
    }

    public void publish(String userId, List<LayoutBlock> top) {
        var view = HomeView.home(stats.of(userId), programme.of(userId), choices.forMember(userId), nonces.get(), top,
                forOwners.apply(userId));
        try {
            ViewsPublishResponse response = slack.viewsPublish(r -> r.userId(userId).view(view));
            if (!response.isOk()) {
                log.warn("views.publish for {} failed: {} {}", userId, response.getError(),
                        response.getResponseMetadata());
            }
        } catch (Exception e) {
            log.warn("views.publish for {} failed: {}", userId, e.toString());
        }
    }
}
