package dev.triangulate.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates JSON against the schemas published in the project's {@code docs/} folder. */
final class Schemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /** The validation errors, empty when the node conforms. */
    static List<String> errors(String schemaFile, JsonNode node) {
        return LOADED.computeIfAbsent(schemaFile, Schemas::schema).validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonSchema schema(String file) {
        try {
            return FACTORY.getSchema(Files.readString(Path.of("..", "docs", file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
