package dev.switchboard.server.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.server.RequestTimeoutException;
import com.linecorp.armeria.server.ServiceRequestContext;

import io.grpc.Metadata;
import io.grpc.Status;

/** Failures that are not the gateway's own exceptions still get the status that says what happened. */
class GrpcErrorsTest {
    @Test
    void theServersRequestTimeoutIsTheClientsDeadlineNotAnInternalError() {
        final ServiceRequestContext ctx = ServiceRequestContext.of(HttpRequest.of(HttpMethod.POST, "/x.Y/Z"));
        final Status s = new GrpcErrors().apply(ctx, Status.UNKNOWN, RequestTimeoutException.get(), new Metadata());
        assertThat(s.getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
        assertThat(s.getDescription()).contains("deadline");
    }
}
