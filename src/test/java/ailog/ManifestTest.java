package ailog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Slack app manifests in the repository root are what a workspace admin pastes into
 * "Create an app from a manifest". They are checked against Slack's published JSON schema
 * (slackapi/manifest-schema, MIT, bundled under src/test/resources/slack with its licence) and
 * against what ailog itself needs.
 */
class ManifestTest {

    private static final String SCHEMA_RESOURCE = "slack/manifest.schema.1.0.0.json";
    /** SHA-256 of Slack's published manifest.schema.1.0.0.json, byte for byte as bundled. */
    private static final String PUBLISHED_SCHEMA_SHA256 =
            "f2adf9f9800230e2fe44bab0762796492871edaab817e9160fdcdf0eb4642e58";

    private static final Path HTTP_MANIFEST = Path.of("manifest.yml");
    private static final Path SOCKET_MANIFEST = Path.of("manifest-socket-mode.yml");

    private static final List<String> BOT_SCOPES =
            List.of("commands", "chat:write", "im:write", "users:read", "files:write", "im:history");
    private static final String EVENTS_PATH = "/slack/events";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        JsonNode schemaNode;
        try (InputStream in = ManifestTest.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            assertThat(in).as("classpath resource %s", SCHEMA_RESOURCE).isNotNull();
            schemaNode = JSON.readTree(in);
        }
        // Slack's schema spells one rule (background_color must be #rgb or #rrggbb) with a
        // non-standard "regex" keyword that JSON Schema validators ignore. Enforce it as the
        // standard "pattern" so a bad colour fails here rather than in Slack's UI.
        regexToPattern(schemaNode);
        // "_note" is a comment in Slack's schema: known, so the validator does not warn about it.
        JsonMetaSchema draft7 = JsonMetaSchema.builder(JsonMetaSchema.getV7())
                .keyword(new NonValidationKeyword("_note"))
                .build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, factory -> factory.metaSchema(draft7))
                .getSchema(schemaNode);
    }

    // ---------------------------------------------------------------- schema validation

    @ParameterizedTest
    @ValueSource(strings = {"manifest.yml", "manifest-socket-mode.yml"})
    void eachManifestIsValidAgainstSlacksPublishedSchema(String file) {
        assertThat(errorsIn(load(Path.of(file)))).isEmpty();
    }

    @Test
    void theBundledSchemaIsSlacksPublishedOneUnchanged() throws Exception {
        try (InputStream in = ManifestTest.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            assertThat(HexFormat.of().formatHex(digest)).isEqualTo(PUBLISHED_SCHEMA_SHA256);
        }
        assertThat(ManifestTest.class.getClassLoader().getResource("slack/LICENSE.manifest-schema"))
                .as("the schema's MIT licence travels with it")
                .isNotNull();
    }

    // ---------------------------------------------------------------- the validator really validates

    @Test
    void theValidatorRejectsAnUnknownProperty() {
        ObjectNode broken = load(HTTP_MANIFEST);
        ((ObjectNode) broken.at("/features/bot_user")).put("display_nam", "typo");

        assertThat(errorsIn(broken))
                .extracting(ValidationMessage::getType)
                .contains("additionalProperties");
    }

    @Test
    void theValidatorRejectsASlashCommandWithoutItsSlash() {
        ObjectNode broken = load(HTTP_MANIFEST);
        ((ObjectNode) broken.at("/features/slash_commands/0")).put("command", "ailog");

        assertThat(errorsIn(broken))
                .anySatisfy(error -> {
                    assertThat(error.getType()).isEqualTo("pattern");
                    assertThat(error.getInstanceLocation().toString()).contains("command");
                });
    }

    @Test
    void theValidatorRejectsAManifestWithoutDisplayInformation() {
        ObjectNode broken = load(SOCKET_MANIFEST);
        broken.remove("display_information");

        assertThat(errorsIn(broken)).extracting(ValidationMessage::getType).contains("required");
    }

    @Test
    void theValidatorRejectsATooShortLongDescription() {
        ObjectNode broken = load(HTTP_MANIFEST);
        ((ObjectNode) broken.at("/display_information")).put("long_description", "Too short.");

        assertThat(errorsIn(broken)).extracting(ValidationMessage::getType).contains("minLength");
    }

    @Test
    void theValidatorRejectsABackgroundColourThatIsNotHex() {
        ObjectNode broken = load(HTTP_MANIFEST);
        ((ObjectNode) broken.at("/display_information")).put("background_color", "#zzzzzz");

        assertThat(errorsIn(broken)).extracting(ValidationMessage::getType).contains("pattern");
    }

    // ---------------------------------------------------------------- what ailog needs beyond the schema

    @ParameterizedTest
    @ValueSource(strings = {"manifest.yml", "manifest-socket-mode.yml"})
    void theSlashCommandIsAilogAndEscapesMentions(String file) {
        JsonNode commands = load(Path.of(file)).at("/features/slash_commands");

        assertThat(commands).hasSize(1);
        JsonNode command = commands.get(0);
        assertThat(command.path("command").asText()).isEqualTo("/ailog");
        // mentions in the text must arrive as <@U123|name> for `enroll <@user…>`
        assertThat(command.path("should_escape").isBoolean()).isTrue();
        assertThat(command.path("should_escape").booleanValue()).isTrue();
        assertThat(command.path("usage_hint").asText()).contains("me", "undo", "help");
    }

    @ParameterizedTest
    @ValueSource(strings = {"manifest.yml", "manifest-socket-mode.yml"})
    void theBotAsksForExactlyTheSixScopesItUses(String file) {
        JsonNode manifest = load(Path.of(file));

        assertThat(texts(manifest.at("/oauth_config/scopes/bot"))).containsExactlyInAnyOrderElementsOf(BOT_SCOPES);
        assertThat(manifest.at("/oauth_config/scopes/user").isMissingNode()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"manifest.yml", "manifest-socket-mode.yml"})
    void theAppHomeIsEnabledAndItsOpeningIsSubscribed(String file) {
        JsonNode manifest = load(Path.of(file));

        assertThat(texts(manifest.at("/settings/event_subscriptions/bot_events"))).contains("app_home_opened");
        assertThat(manifest.at("/features/app_home/home_tab_enabled").booleanValue()).isTrue();
        assertThat(manifest.at("/features/app_home/messages_tab_enabled").booleanValue()).isTrue();
        assertThat(manifest.at("/features/app_home/messages_tab_read_only_enabled").booleanValue()).isFalse();
        assertThat(manifest.at("/features/bot_user/display_name").asText()).isEqualTo("ailog");
        assertThat(manifest.at("/settings/interactivity/is_enabled").booleanValue()).isTrue();
        assertThat(manifest.at("/display_information/name").asText()).isEqualTo("ailog");
    }

    @ParameterizedTest
    @ValueSource(strings = {"manifest.yml", "manifest-socket-mode.yml"})
    void messagesTypedInTheAppsDirectMessagesAreSubscribedAndReadable(String file) {
        JsonNode manifest = load(Path.of(file));

        assertThat(texts(manifest.at("/settings/event_subscriptions/bot_events"))).contains("message.im");
        assertThat(texts(manifest.at("/oauth_config/scopes/bot"))).contains("im:history");
    }

    @Test
    void theHttpManifestSendsEverythingToSlackEventsOverHttps() {
        JsonNode manifest = load(HTTP_MANIFEST);

        assertThat(manifest.at("/settings/socket_mode_enabled").booleanValue()).isFalse();
        Map<String, String> urls = urlsIn(manifest);
        assertThat(urls.keySet())
                .containsExactlyInAnyOrder(
                        "/features/slash_commands/0/url",
                        "/settings/event_subscriptions/request_url",
                        "/settings/interactivity/request_url");
        assertThat(urls.values()).allSatisfy(url -> assertThat(url).startsWith("https://").endsWith(EVENTS_PATH));
    }

    @Test
    void theSocketModeManifestEnablesSocketModeAndHasNoUrls() {
        JsonNode manifest = load(SOCKET_MANIFEST);

        assertThat(manifest.at("/settings/socket_mode_enabled").booleanValue()).isTrue();
        assertThat(urlsIn(manifest)).isEmpty();
    }

    @Test
    void bothManifestsDescribeTheSameAppApartFromTransport() {
        ObjectNode http = load(HTTP_MANIFEST);
        ObjectNode socket = load(SOCKET_MANIFEST);
        for (ObjectNode manifest : List.of(http, socket)) {
            ((ObjectNode) manifest.at("/features/slash_commands/0")).remove("url");
            ((ObjectNode) manifest.at("/settings/event_subscriptions")).remove("request_url");
            ((ObjectNode) manifest.at("/settings/interactivity")).remove("request_url");
            ((ObjectNode) manifest.at("/settings")).remove("socket_mode_enabled");
        }

        assertThat(socket).isEqualTo(http);
    }

    // ---------------------------------------------------------------- helpers

    private static ObjectNode load(Path file) {
        try {
            JsonNode node = YAML.readTree(file.toFile());
            assertThat(node).as("%s is a YAML mapping", file).isInstanceOf(ObjectNode.class);
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }

    private static Set<ValidationMessage> errorsIn(JsonNode manifest) {
        return schema.validate(manifest);
    }

    private static List<String> texts(JsonNode array) {
        assertThat(array.isArray()).as("%s is a list", array).isTrue();
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asText()));
        return out;
    }

    /** Every field named url or *_url anywhere in the manifest, by JSON pointer. */
    private static Map<String, String> urlsIn(JsonNode manifest) {
        Map<String, String> urls = new TreeMap<>();
        collectUrls(manifest, "", urls);
        return urls;
    }

    private static void collectUrls(JsonNode node, String pointer, Map<String, String> urls) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = pointer + "/" + field.getKey();
                if (field.getKey().equals("url") || field.getKey().endsWith("_url") || field.getKey().endsWith("_urls")) {
                    urls.put(child, field.getValue().asText());
                }
                collectUrls(field.getValue(), child, urls);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUrls(node.get(i), pointer + "/" + i, urls);
            }
        }
    }

    private static void regexToPattern(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode regex = object.get("regex");
            if (regex != null && regex.isTextual() && !object.has("pattern")) {
                object.set("pattern", regex);
                object.remove("regex");
            }
            object.elements().forEachRemaining(ManifestTest::regexToPattern);
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(ManifestTest::regexToPattern);
        }
    }
}
