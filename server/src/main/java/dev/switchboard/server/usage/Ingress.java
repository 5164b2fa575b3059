package dev.switchboard.server.usage;

/** Which of the gateway's surfaces a request came in through, as the ledger names it. */
public enum Ingress {
    CHAT("chat"),
    MESSAGES("messages"),
    RESPONSES("responses"),
    EMBEDDINGS("embeddings"),
    GRPC("grpc");

    private final String wire;

    Ingress(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** The surface a request path belongs to; gRPC for a path that is none of the REST routes. */
    public static Ingress ofPath(String path) {
        if (path.startsWith("/v1/chat/")) {
            return CHAT;
        }
        if (path.startsWith("/v1/messages")) {
            return MESSAGES;
        }
        if (path.startsWith("/v1/responses")) {
            return RESPONSES;
        }
        if (path.startsWith("/v1/embeddings")) {
            return EMBEDDINGS;
        }
        return GRPC;
    }
}
