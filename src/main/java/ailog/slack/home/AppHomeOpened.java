package ailog.slack.home;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import java.util.List;
import java.util.concurrent.Executor;

/** When a member opens the Home tab, publish it fresh, after the acknowledgement. */
public final class AppHomeOpened implements BoltEventHandler<AppHomeOpenedEvent> {
    private final HomeTab homeTab;
    private final Executor afterAck;

    public AppHomeOpened(HomeTab homeTab, Executor afterAck) {
        this.homeTab = homeTab;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext context) {
        AppHomeOpenedEvent event = payload.getEvent();
        if (event != null && "home".equals(event.getTab()) && event.getUser() != null) {
            afterAck.execute(() -> homeTab.publish(event.getUser(), List.of()));
        }
        return context.ack();
    }
}
