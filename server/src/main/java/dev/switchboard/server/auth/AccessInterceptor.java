package dev.switchboard.server.auth;

import java.util.Set;

import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.error.GrpcErrors;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

/**
 * Applies {@link Permissions} to every gRPC method, called natively or through its HTTP/JSON
 * transcoding: a role the table does not list for the method gets PERMISSION_DENIED (403 over
 * HTTP). {@link AuthDecorator} has already authenticated the caller.
 */
public final class AccessInterceptor implements ServerInterceptor {
    @Override
    public <I, O> ServerCall.Listener<I> interceptCall(ServerCall<I, O> call, Metadata headers,
                                                       ServerCallHandler<I, O> next) {
        final String method = call.getMethodDescriptor().getFullMethodName();
        final ServiceRequestContext ctx = ServiceRequestContext.current();
        final Principal principal = ctx.attr(Principal.ATTR);
        final Set<Role> roles = Permissions.forMethod(method);
        if (principal == null || roles == null || !roles.contains(principal.role())) {
            final Metadata trailers = new Metadata();
            final GatewayException denied = new GatewayException(
                    ErrorKind.PERMISSION_DENIED, "permission_denied",
                    (principal == null ? "no credential" : "role '" + principal.role().wire() + "'")
                    + " may not call " + method);
            call.close(GrpcErrors.status(ctx, denied, trailers), trailers);
            return new ServerCall.Listener<>() {};
        }
        return next.startCall(call, headers);
    }
}
