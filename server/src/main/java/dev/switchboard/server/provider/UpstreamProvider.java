package dev.switchboard.server.provider;

import java.time.Duration;

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.upstream.Redactor;
import dev.switchboard.transcoder.format.UpstreamFormat;

/**
 * A provider at run time, the one form routing and the upstream caller use (the database keeps
 * {@link StoredProvider}, the admin API shows the proto {@code Provider}). Enabled or disabled,
 * immutable, built by {@link ProviderRegistry} once when the configuration changed: its client (the base URL's origin, timeouts) and its requests' headers
 * (path under the base URL, auth and configured headers). The headers are not the client's default
 * headers on purpose: Armeria merges default headers into each request one by one, while complete
 * prebuilt headers go out as they are. {@code ownerId} is the member who owns it (their own key),
 * null for a shared provider: only its owner's requests route to an owned provider.
 */
public record UpstreamProvider(String id, String name, String preset, ApiFormat format, boolean enabled,
                               Duration timeout, Duration firstTokenTimeout, Duration healthCheckInterval,
                               WebClient client, UpstreamHeaders headers, Redactor redactor,
                               @Nullable String ownerId) {
    /** The adapter that speaks to this provider: its format's, told where the preset takes reasoning back. */
    public UpstreamFormat adapter() {
        return format == ApiFormat.OPENAI ? Presets.openAiAdapter(preset) : format.adapter();
    }

    /** The request that fetches the model list: the preset's own catalog, else the format's list path. */
    public RequestHeaders modelListRequest() {
        final PresetModelList own = PresetModelList.of(preset);
        return own != null ? own.request(headers) : headers.get(format.adapter().modelsPath());
    }

    /** Names only: {@link #headers} carries the key and secret headers in clear. */
    @Override
    public String toString() {
        return "UpstreamProvider[" + name + ", " + format + (enabled ? "" : ", disabled") + ']';
    }
}
