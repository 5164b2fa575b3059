package dev.switchboard.server.provider;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import dev.switchboard.server.crypto.Secret;
import com.linecorp.armeria.common.annotation.Nullable;

/**
 * A provider as stored, its secrets opened. {@link #toString()} shows the secrets masked.
 *
 * @param id server-assigned, stable across renames
 * @param apiKey null when the provider needs no key
 */
public record StoredProvider(String id, ProviderSpec spec, @Nullable Secret apiKey,
                             Map<String, Secret> secretHeaders, Instant createTime, Instant updateTime) {
    public StoredProvider {
        requireNonNull(id, "id");
        requireNonNull(spec, "spec");
        secretHeaders = Map.copyOf(requireNonNull(secretHeaders, "secretHeaders"));
        requireNonNull(createTime, "createTime");
        requireNonNull(updateTime, "updateTime");
    }

    public String name() {
        return spec.name();
    }
}
