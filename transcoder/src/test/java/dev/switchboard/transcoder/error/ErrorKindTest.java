package dev.switchboard.transcoder.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;

class ErrorKindTest {
    @Test
    void bareStatusesMapToTheirCanonicalKinds() {
        assertThat(ErrorKind.forGrpc(Status.Code.RESOURCE_EXHAUSTED)).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(ErrorKind.forGrpc(Status.Code.UNAVAILABLE)).isEqualTo(ErrorKind.UPSTREAM_UNAVAILABLE);
        assertThat(ErrorKind.forGrpc(Status.Code.INVALID_ARGUMENT)).isEqualTo(ErrorKind.INVALID_REQUEST);
        assertThat(ErrorKind.forGrpc(Status.Code.DATA_LOSS)).isEqualTo(ErrorKind.INTERNAL);
        assertThat(ErrorKind.forHttp(413)).isEqualTo(ErrorKind.REQUEST_TOO_LARGE);
        assertThat(ErrorKind.forHttp(400)).isEqualTo(ErrorKind.INVALID_REQUEST);
        assertThat(ErrorKind.forHttp(405)).isEqualTo(ErrorKind.INVALID_REQUEST);
        assertThat(ErrorKind.forHttp(502)).isEqualTo(ErrorKind.UPSTREAM_UNREACHABLE);
        assertThat(ErrorKind.forHttp(500)).isEqualTo(ErrorKind.INTERNAL);
    }

    @Test
    void everyKindRoundTripsThroughItsOwnStatusesToAKindWithTheSameStatuses() {
        for (ErrorKind k : ErrorKind.values()) {
            assertThat(ErrorKind.forGrpc(k.grpcCode()).grpcCode()).isEqualTo(k.grpcCode());
            assertThat(ErrorKind.forHttp(k.httpStatus()).httpStatus()).isEqualTo(k.httpStatus());
        }
    }

    @Test
    void foreignFailuresBecomeGatewayExceptionsWithoutLeakingTheirText() {
        final GatewayException fromStatus = Errors.toGateway(
                new java.util.concurrent.CompletionException(Status.NOT_FOUND.withDescription("no such thing").asRuntimeException()));
        assertThat(fromStatus.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(fromStatus.getMessage()).isEqualTo("no such thing");
        final GatewayException unknown = Errors.toGateway(new IllegalStateException("secret detail sk-123"));
        assertThat(unknown.kind()).isEqualTo(ErrorKind.INTERNAL);
        assertThat(unknown.getMessage()).isEqualTo("internal error");
        assertThat(Errors.isCancellation(new StatusRuntimeException(Status.CANCELLED))).isTrue();
    }
}
