package dev.switchboard.server.routing;

import java.util.List;

import com.linecorp.armeria.common.annotation.Nullable;

/**
 * What the router decided for one request: the targets in the order to try them (already
 * arranged by the alias's strategy), and how to retry.
 *
 * @param alias the alias the request named, or null
 */
public record RoutePlan(@Nullable String alias, List<Target> targets, Retry retry, boolean fallbackOnContextLength) {}
