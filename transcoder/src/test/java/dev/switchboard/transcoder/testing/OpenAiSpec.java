package dev.switchboard.transcoder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates JSON against a schema of the official OpenAI OpenAPI subset in the fixtures
 * ({@code #/components/schemas/<Name>}), with JSON Schema draft 2020-12. OpenAPI's
 * {@code "nullable": true} is rewritten to {@code anyOf [schema, {"type":"null"}]} first, the way the
 * fixtures README says the recordings were checked.
 */
public final class OpenAiSpec {
    public static final String SPEC_PATH = "openai/spec/openai-openapi-subset-chat-embeddings-models.json";
    /** The Responses subset, for the overloads that name their spec. */
    public static final String RESPONSES = "openai/spec/openai-openapi-subset-responses.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, JsonSchema> SPECS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final JsonSchema ROOT = spec(SPEC_PATH);

    /** The validation errors of {@code json} against {@code schemaName} of the spec at {@code specPath}. */
    public static List<String> errors(String specPath, String schemaName, JsonNode json) {
        return errors(spec(specPath), schemaName, json);
    }

    public static void assertValid(String specPath, String schemaName, byte[] json) {
        final JsonNode node = parse(json);
        assertThat(errors(spec(specPath), schemaName, node)).as("%s against %s", node, schemaName).isEmpty();
    }

    private static JsonSchema spec(String path) {
        return SPECS.computeIfAbsent(path, OpenAiSpec::load);
    }

    /** The validation errors of {@code json} against {@code schemaName}; empty when valid. */
    public static List<String> errors(String schemaName, JsonNode json) {
        return errors(ROOT, schemaName, json);
    }

    private static List<String> errors(JsonSchema root, String schemaName, JsonNode json) {
        final JsonSchema schema = root.getSubSchema(
                new JsonNodePath(PathType.JSON_POINTER).append("components").append("schemas").append(schemaName));
        final List<String> errors = new ArrayList<>();
        for (ValidationMessage m : schema.validate(json)) {
            errors.add(m.getMessage());
        }
        return errors;
    }

    public static List<String> errors(String schemaName, byte[] json) {
        return errors(schemaName, parse(json));
    }

    public static void assertValid(String schemaName, byte[] json) {
        assertValid(schemaName, parse(json));
    }

    public static void assertValid(String schemaName, JsonNode json) {
        assertThat(errors(schemaName, json)).as("%s against %s", json, schemaName).isEmpty();
    }

    /** The spec's schema object of that name, after the nullable rewrite; for tests that inspect it. */
    public static JsonNode schemaNode(String schemaName) {
        return ROOT.getSchemaNode().at("/components/schemas/" + schemaName);
    }

    private static JsonNode parse(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load(String path) {
        final JsonNode spec = rewriteNullable(parse(Fixtures.bytes(path)));
        final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        return factory.getSchema(spec);
    }

    /** Rewrites every {@code "nullable": true} schema, depth first, so nested ones are handled too. */
    static JsonNode rewriteNullable(JsonNode node) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, rewriteNullable(array.get(i)));
            }
            return array;
        }
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        final Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        final List<String> names = new ArrayList<>();
        fields.forEachRemaining(e -> names.add(e.getKey()));
        for (String name : names) {
            object.set(name, rewriteNullable(object.get(name)));
        }
        final JsonNode nullable = object.get("nullable");
        if (nullable == null || !nullable.isBoolean()) {
            return object;
        }
        object.remove("nullable");
        if (!nullable.booleanValue()) {
            return object;
        }
        final ObjectNode anyOf = MAPPER.createObjectNode();
        anyOf.putArray("anyOf").add(object).add(MAPPER.createObjectNode().put("type", "null"));
        return anyOf;
    }

    private OpenAiSpec() {}
}
