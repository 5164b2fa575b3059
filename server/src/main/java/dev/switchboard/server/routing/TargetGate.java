package dev.switchboard.server.routing;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * Whether a target may take one more try of this request, beyond its circuit: the provider's and
 * the model's rate limits. A refusal skips the target, as an open circuit does.
 */
@FunctionalInterface
public interface TargetGate {
    TargetGate OPEN = (target, provider) -> null;

    /** Null to go (what the try uses is then reserved), or why not, with when to try again. */
    @Nullable
    GatewayException admit(Target target, UpstreamProvider provider);
}
