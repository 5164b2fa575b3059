package dev.switchboard.server.http;

import com.linecorp.armeria.server.ServerBuilder;

import dev.switchboard.v1.InferenceGrpc;

/** The Anthropic-compatible HTTP API (Messages and token counting), served over the in-process {@code Inference} service. */
public final class AnthropicRoutes {
    /** Every path of this API starts here; errors under it (auth included) take Anthropic's shape. */
    public static final String PREFIX = "/v1/messages";

    private AnthropicRoutes() {}

    /** Whether a request path (query included or not) belongs to this API. */
    public static boolean covers(String path) {
        return path.startsWith(PREFIX)
               && (path.length() == PREFIX.length() || "/?".indexOf(path.charAt(PREFIX.length())) >= 0);
    }

    public static void register(ServerBuilder sb, InferenceGrpc.AsyncService inference) {
        sb.route().post(PREFIX).build(new MessagesService(inference));
        sb.route().post(PREFIX + "/count_tokens").build(new CountTokensService(inference));
    }
}
