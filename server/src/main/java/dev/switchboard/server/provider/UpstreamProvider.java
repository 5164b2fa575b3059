package dev.switchboard.server.provider;

import java.time.Duration;

import com.linecorp.armeria.client.WebClient;

import dev.switchboard.server.upstream.Redactor;

/**
 * An enabled or disabled provider as the request path sees it: immutable, with its client built
 * once (base URL, auth and configured headers already attached) when the configuration changed.
 */
public record UpstreamProvider(String id, String name, String preset, ApiFormat format, boolean enabled,
                               Duration timeout, Duration firstTokenTimeout, Duration healthCheckInterval,
                               WebClient client, Redactor redactor) {}
