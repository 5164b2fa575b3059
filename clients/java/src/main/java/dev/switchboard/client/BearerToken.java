package dev.switchboard.client;

import java.util.concurrent.Executor;

import io.grpc.CallCredentials;
import io.grpc.Metadata;

/** Sends the key as {@code authorization: Bearer <key>} on every call. */
final class BearerToken extends CallCredentials {
    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final String key;

    BearerToken(String key) {
        this.key = key;
    }

    @Override
    public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
        final Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + key);
        applier.apply(headers);
    }

    @Override
    public String toString() {
        // The key never leaves through a log line.
        return "BearerToken(****)";
    }
}
