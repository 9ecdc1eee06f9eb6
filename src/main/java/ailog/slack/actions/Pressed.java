package ailog.slack.actions;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import java.util.Optional;

/** The one action of a block_actions payload: who pressed what, and the value of the button or option. */
record Pressed(String userId, String actionId, Optional<String> value) {
    static Pressed from(BlockActionPayload payload) {
        String userId = payload.getUser() == null ? "" : payload.getUser().getId();
        if (payload.getActions() == null || payload.getActions().isEmpty()) {
            return new Pressed(userId, "", Optional.empty());
        }
        BlockActionPayload.Action action = payload.getActions().get(0);
        String value = action.getSelectedOption() != null ? action.getSelectedOption().getValue() : action.getValue();
        return new Pressed(userId, action.getActionId(), Optional.ofNullable(value));
    }
}
