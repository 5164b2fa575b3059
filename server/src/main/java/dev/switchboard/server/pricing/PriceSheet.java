package dev.switchboard.server.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.transcoder.error.GatewayException;

/**
 * The price table shipped with the gateway ({@code pricing/prices.json}): list prices by model
 * name, the date they were checked, and the dated snapshot names the table says are priced like
 * an undated one. Only those are: "gpt-4o-2024-05-13" costs more than "gpt-4o", so no name is
 * ever matched by its prefix.
 */
public record PriceSheet(String version, String checked, List<String> sources, Map<String, ModelPrice> models,
                         Map<String, String> aliases) {
    static final String RESOURCE = "pricing/prices.json";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** The table in the jar; a broken one fails the start (it is part of the build). */
    public static PriceSheet shipped() {
        try (InputStream in = PriceSheet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static PriceSheet parse(JsonNode root) {
        final Map<String, ModelPrice> models = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("models").fields(); it.hasNext(); ) {
            final Map.Entry<String, JsonNode> e = it.next();
            final JsonNode p = e.getValue();
            try {
                models.put(e.getKey(), ModelPrice.parse(text(p, "input"), text(p, "output"), text(p, "cached_input"),
                                                        text(p, "cache_write"), text(p, "reasoning")));
            } catch (GatewayException bad) {
                throw new IllegalStateException(RESOURCE + ": model '" + e.getKey() + "': " + bad.getMessage(), bad);
            }
        }
        final Map<String, String> aliases = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("aliases").fields(); it.hasNext(); ) {
            final Map.Entry<String, JsonNode> e = it.next();
            if (!models.containsKey(e.getValue().asText())) {
                throw new IllegalStateException(RESOURCE + ": alias '" + e.getKey() + "' names '"
                                                + e.getValue().asText() + "', which has no price");
            }
            aliases.put(e.getKey(), e.getValue().asText());
        }
        final List<String> sources = new ArrayList<>();
        root.path("sources").forEach(s -> sources.add(s.asText()));
        return new PriceSheet(root.path("version").asText(), root.path("checked").asText(),
                              Collections.unmodifiableList(sources), Collections.unmodifiableMap(models),
                              Collections.unmodifiableMap(aliases));
    }

    /** The price of {@code model} by its exact name or the undated name the table gives it. */
    @Nullable
    ModelPrice find(String model) {
        final ModelPrice p = models.get(model);
        if (p != null) {
            return p;
        }
        final String undated = aliases.get(model);
        return undated == null ? null : models.get(undated);
    }

    private static String text(JsonNode price, String field) {
        return price.path(field).asText("");
    }
}
