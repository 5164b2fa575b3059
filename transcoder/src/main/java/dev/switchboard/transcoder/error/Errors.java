package dev.switchboard.transcoder.error;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;

/** Turns whatever a service failed with into the one domain exception. */
public final class Errors {
    private Errors() {}

    /**
     * The gateway exception behind a failure. Unknown failures become INTERNAL with a generic
     * message: their text may hold anything, so it is logged by the caller, never shown.
     */
    public static GatewayException toGateway(Throwable t) {
        final Throwable cause = unwrap(t);
        if (cause instanceof GatewayException) {
            return (GatewayException) cause;
        }
        final Status status;
        if (cause instanceof StatusRuntimeException) {
            status = ((StatusRuntimeException) cause).getStatus();
        } else if (cause instanceof StatusException) {
            status = ((StatusException) cause).getStatus();
        } else {
            return new GatewayException(ErrorKind.INTERNAL, null, "internal error", null, cause);
        }
        final String description = status.getDescription() != null ? status.getDescription()
                                                                    : status.getCode().name();
        return new GatewayException(ErrorKind.forGrpc(status.getCode()), null, description, null, cause);
    }

    /** The innermost cause of the wrappers futures and executors add. */
    public static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        while ((cur instanceof CompletionException || cur instanceof ExecutionException)
               && cur.getCause() != null) {
            cur = cur.getCause();
        }
        return cur;
    }

    /** True when the failure only says the caller went away. */
    public static boolean isCancellation(Throwable t) {
        final Throwable cause = unwrap(t);
        return cause instanceof CancellationException
               || cause instanceof StatusRuntimeException
                  && ((StatusRuntimeException) cause).getStatus().getCode() == Status.Code.CANCELLED;
    }
}
