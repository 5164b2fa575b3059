package dev.switchboard.server.provider;

import java.util.Map;

import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.common.annotation.Nullable;

/**
 * Where a preset lists its models when that is not where its format keeps them. GitHub Models
 * answers chat under {@code /inference} but documents its catalog as {@code GET /catalog/models} on
 * the host's root (docs.github.com/rest/models/catalog), a bare array of
 * {@code {"id":"openai/gpt-4.1","publisher":"OpenAI",...}} that the OpenAI list reader takes; the
 * path is kept on whatever host the provider's base URL names.
 */
record PresetModelList(String pathAtOrigin, String accept) {
    private static final Map<String, PresetModelList> BY_PRESET =
            Map.of("github", new PresetModelList("/catalog/models", "application/vnd.github+json"));

    /** The preset's own list, or null when its format's list path applies. */
    @Nullable
    static PresetModelList of(String preset) {
        return BY_PRESET.get(preset);
    }

    RequestHeaders request(UpstreamHeaders headers) {
        return headers.getAtOrigin(pathAtOrigin).toBuilder().set(HttpHeaderNames.ACCEPT, accept).build();
    }
}
