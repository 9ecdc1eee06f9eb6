package ailog.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.image;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.imageElement;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.app.LogRun;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.slack.views.CatalogView;
import ailog.slack.views.HelpView;
import ailog.slack.views.LogReplies;
import ailog.slack.views.QuickLogCard;
import ailog.slack.views.Reply;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Our streaming JSON must say exactly what the SDK's own Gson says, for every kind of block the app sends. */
class SlackJsonTest {
    private static final List<Workflow> CATALOG = List.of(
            new Workflow(new WorkflowKey("proposal"), "Client proposal <draft> & co", "U1"),
            new Workflow(new WorkflowKey("status-update"), "Weekly status update 📈", "U1"));

    static Stream<Reply> replies() {
        List<LayoutBlock> everyKind = List.of(
                header(h -> h.blockId("h").text(plainText("Héllo 👋"))),
                section(s -> s.blockId("s").text(markdownText("*bold* \"quoted\" <@U1> & more"))
                        .accessory(button(b -> b.actionId("a").text(plainText("Go")).value("v").style("primary")
                                .confirm(confirmationDialog(c -> c.title(plainText("Sure?")).text(plainText("Really"))
                                        .confirm(plainText("Yes")).deny(plainText("No"))))))),
                section(s -> s.fields(List.of(markdownText("one"), plainText("two", true)))),
                context(c -> c.elements(List.of(markdownText("ctx"), imageElement(i -> i.imageUrl("https://x/y.png")
                        .altText("alt"))))),
                actions(a -> a.blockId("acts").elements(List.of(
                        staticSelect(s -> s.actionId("sel").placeholder(plainText("Pick"))
                                .options(List.of(option(plainText("One"), "1"), option(plainText("Two"), "2")))),
                        button(b -> b.actionId("b2").text(plainText("Two")).value("2"))))),
                divider(),
                image(i -> i.imageUrl("https://x/chart.png").altText("chart").title(plainText("Chart"))),
                input(i -> i.blockId("in").label(plainText("Describe")).optional(true)
                        .element(plainTextInput(p -> p.actionId("text").multiline(true).maxLength(3000)))));
        return Stream.of(
                new Reply("every kind", everyKind),
                HelpView.help(true),
                CatalogView.catalog(CATALOG),
                QuickLogCard.card("nonce-1", CATALOG, CATALOG),
                LogReplies.unknownWorkflow(new LogRun.UnknownWorkflow("propsal", List.of("proposal"), true), "n",
                        "propsal as-is"),
                LogReplies.rejected(List.of("a date in the future <tomorrow> & \\ \u2028")));
    }

    @ParameterizedTest
    @MethodSource("replies")
    void writesWhatTheSdkWrites(Reply reply) {
        SlashCommandResponse response = SlashCommandResponse.builder()
                .responseType("ephemeral").text(reply.text()).blocks(reply.blocks()).build();

        JsonElement ours = JsonParser.parseString(SlackJson.write(response));
        JsonElement sdk = JsonParser.parseString(GsonFactory.createSnakeCase().toJson(response));

        assertThat(ours).isEqualTo(sdk);
        assertThat(ours.getAsJsonObject().getAsJsonArray("blocks")).hasSize(reply.blocks().size());
    }
}
