package dev.switchboard.server.routing;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.v1.AliasTarget;
import dev.switchboard.v1.TargetOverrides;

/**
 * One way to serve a request: a provider's model, with what an alias says about it.
 *
 * @param key "provider/model", the identity of the target's state (breaker, latency, in flight)
 */
public record Target(String key, String provider, String model, int weight, TargetOverrides overrides,
                     int contextWindow, @Nullable Double inputPrice, @Nullable Double outputPrice) {

    static Target direct(String provider, String model) {
        return new Target(provider + '/' + model, provider, model, 1, TargetOverrides.getDefaultInstance(), 0,
                          null, null);
    }

    static Target of(AliasTarget t) {
        final int slash = t.getModel().indexOf('/');
        return new Target(t.getModel(), t.getModel().substring(0, slash), t.getModel().substring(slash + 1),
                          Math.max(1, t.getWeight()), t.getOverrides(), t.getContextWindow(),
                          t.hasInputPrice() ? t.getInputPrice() : null, t.hasOutputPrice() ? t.getOutputPrice() : null);
    }
}
