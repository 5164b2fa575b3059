package dev.switchboard.server.usage;

import java.util.function.Supplier;

import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.GetUsageRequest;
import dev.switchboard.v1.GetUsageResponse;
import dev.switchboard.v1.ListUsageRecordsRequest;
import dev.switchboard.v1.ListUsageRecordsResponse;
import dev.switchboard.v1.UsageAdminGrpc;

import io.grpc.stub.StreamObserver;

/**
 * The {@code UsageAdmin} service over {@link UsageReports}. {@link dev.switchboard.server.auth.Permissions}
 * lets every role call it; the reports narrow a member to their own usage. {@code GET /v1/usage}
 * is the caller's own usage whatever their role. Runs on the blocking executor (database).
 */
public final class UsageAdminService extends UsageAdminGrpc.UsageAdminImplBase {
    /** The REST route of one's own usage (a binding of GetUsage). */
    public static final String OWN_USAGE_PATH = "/v1/usage";

    private final UsageReports reports;

    public UsageAdminService(UsageReports reports) {
        this.reports = reports;
    }

    @Override
    public void getUsage(GetUsageRequest req, StreamObserver<GetUsageResponse> obs) {
        respond(obs, () -> {
            final ServiceRequestContext ctx = ServiceRequestContext.current();
            return reports.usage(caller(ctx), OWN_USAGE_PATH.equals(ctx.path()), req);
        });
    }

    @Override
    public void listUsageRecords(ListUsageRecordsRequest req, StreamObserver<ListUsageRecordsResponse> obs) {
        respond(obs, () -> reports.records(caller(ServiceRequestContext.current()), req));
    }

    private static Principal caller(ServiceRequestContext ctx) {
        final Principal p = ctx.attr(Principal.ATTR);
        if (p == null) {
            throw new GatewayException(ErrorKind.UNAUTHENTICATED, "no credential");
        }
        return p;
    }

    private static <T> void respond(StreamObserver<T> obs, Supplier<T> action) {
        final T result;
        try {
            result = action.get();
        } catch (RuntimeException e) {
            obs.onError(Errors.toGateway(e));
            return;
        }
        obs.onNext(result);
        obs.onCompleted();
    }
}
