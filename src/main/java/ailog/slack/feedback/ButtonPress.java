package ailog.slack.feedback;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** The one button of a block_actions payload: who pressed it, its id and value, and the message it sat in. */
record ButtonPress(String userId, String actionId, String value, List<LayoutBlock> message) {
    static ButtonPress from(BlockActionPayload payload) {
        String userId = payload.getUser() == null ? "" : payload.getUser().getId();
        List<LayoutBlock> message = payload.getMessage() == null || payload.getMessage().getBlocks() == null
                ? List.of()
                : payload.getMessage().getBlocks();
        if (payload.getActions() == null || payload.getActions().isEmpty()) {
            return new ButtonPress(userId, "", "", message);
        }
        BlockActionPayload.Action action = payload.getActions().get(0);
        String value = action.getValue() == null ? "" : action.getValue();
        return new ButtonPress(userId, action.getActionId() == null ? "" : action.getActionId(), value, message);
    }
}
