package dev.switchboard.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import dev.switchboard.v1.AccessAdminGrpc;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.LimitAdminGrpc;
import dev.switchboard.v1.PriceAdminGrpc;
import dev.switchboard.v1.ProviderAdminGrpc;
import dev.switchboard.v1.UsageAdminGrpc;
import io.grpc.CallCredentials;
import io.grpc.ManagedChannel;
import io.grpc.stub.AbstractStub;

/**
 * Fresh stubs per call, each with the key and the deadline: a gRPC deadline is a point in time
 * fixed when the stub is made, so a stub kept for later would carry a stale one.
 */
final class Stubs {
    private final ManagedChannel channel;
    private final CallCredentials credentials;
    private final Duration timeout;

    Stubs(ManagedChannel channel, CallCredentials credentials, Duration timeout) {
        this.channel = channel;
        this.credentials = credentials;
        this.timeout = timeout;
    }

    Stubs withTimeout(Duration timeout) {
        return new Stubs(channel, credentials, timeout);
    }

    ManagedChannel channel() {
        return channel;
    }

    InferenceGrpc.InferenceBlockingStub inference() {
        return configure(InferenceGrpc.newBlockingStub(channel));
    }

    InferenceGrpc.InferenceStub inferenceAsync() {
        return configure(InferenceGrpc.newStub(channel));
    }

    ProviderAdminGrpc.ProviderAdminBlockingStub admin() {
        return configure(ProviderAdminGrpc.newBlockingStub(channel));
    }

    AccessAdminGrpc.AccessAdminBlockingStub access() {
        return configure(AccessAdminGrpc.newBlockingStub(channel));
    }

    UsageAdminGrpc.UsageAdminBlockingStub usage() {
        return configure(UsageAdminGrpc.newBlockingStub(channel));
    }

    LimitAdminGrpc.LimitAdminBlockingStub limits() {
        return configure(LimitAdminGrpc.newBlockingStub(channel));
    }

    PriceAdminGrpc.PriceAdminBlockingStub prices() {
        return configure(PriceAdminGrpc.newBlockingStub(channel));
    }

    private <S extends AbstractStub<S>> S configure(S stub) {
        final S withKey = stub.withCallCredentials(credentials);
        return timeout.isZero() ? withKey : withKey.withDeadlineAfter(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Runs one blocking call, its failure thrown as a {@link SwitchboardException}. */
    static <T> T call(Supplier<T> rpc) {
        try {
            return rpc.get();
        } catch (RuntimeException e) {
            throw SwitchboardException.from(e);
        }
    }
}
