package dev.switchboard.server.inference;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import dev.switchboard.server.provider.ProviderHealth;
import dev.switchboard.server.provider.ProviderRegistry;
import dev.switchboard.server.routing.Attempts;
import dev.switchboard.server.routing.Router;
import dev.switchboard.server.routing.TargetStates;
import dev.switchboard.transcoder.error.Errors;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.netty.util.concurrent.EventExecutor;

/**
 * Runs a unary operation (a whole chat completion, embeddings, a token count): the model routed
 * (aliases, "provider/model", bare names), the plan tried with its retries, fallbacks and deadline,
 * the answer handed back on the request's event loop. A client that gives up (a gRPC cancel or
 * deadline, an HTTP client gone: the REST surface cancels its in-process observer) stops the plan.
 * Streams have their own loop (StreamCall).
 */
final class PlannedCalls {
    private final ProviderRegistry providers;
    private final Router router;
    private final TargetStates states;
    private final ProviderHealth health;

    PlannedCalls(ProviderRegistry providers, Router router, TargetStates states, ProviderHealth health) {
        this.providers = providers;
        this.router = router;
        this.states = states;
        this.health = health;
    }

    /** Must run inside the service method: a cancel handler can only be set before it returns. */
    <T, R> void run(String model, AttemptLoop.Send<T> send, Function<AttemptLoop.Served<T>, R> answer,
                    StreamObserver<R> obs) {
        final EventExecutor loop = InferenceService.currentLoop();
        final Long clientDeadline = InferenceService.clientDeadline();
        final CompletableFuture<Void> clientGone = new CompletableFuture<>();
        if (obs instanceof ServerCallStreamObserver<R> server) {
            server.setOnCancelHandler(() -> clientGone.complete(null));
        }
        router.resolve(model)
              .thenCompose(plan -> {
                  final Attempts attempts = new Attempts(plan, providers, states,
                                                         InferenceService.deadline(plan, clientDeadline));
                  return new AttemptLoop<>(attempts, health, loop, send, clientGone).run();
              })
              .thenApply(answer)
              .whenCompleteAsync((res, cause) -> {
                  if (cause != null && clientGone.isDone() && Errors.isCancellation(cause)) {
                      // Nobody is listening any more, and nothing went wrong here.
                      return;
                  }
                  if (cause != null) {
                      obs.onError(InferenceService.logged(cause));
                  } else {
                      obs.onNext(res);
                      obs.onCompleted();
                  }
              }, OnLoop.of(loop));
    }
}
