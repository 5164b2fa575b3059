package dev.switchboard.server.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.CommonPools;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.alias.AliasRegistry;
import dev.switchboard.server.http.RequestDeadline;
import dev.switchboard.server.provider.ModelCatalog;
import dev.switchboard.server.provider.ProviderHealth;
import dev.switchboard.server.provider.ProviderRegistry;
import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.server.responses.ResponseStore;
import dev.switchboard.server.responses.ResponsesService;
import dev.switchboard.server.routing.Attempts;
import dev.switchboard.server.routing.RoutePlan;
import dev.switchboard.server.routing.Router;
import dev.switchboard.server.routing.TargetStates;
import dev.switchboard.server.upstream.UpstreamCaller;
import dev.switchboard.server.upstream.UpstreamCaller.Completion;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.UpstreamModel;
import dev.switchboard.v1.Alias;
import dev.switchboard.v1.AliasTarget;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.CountTokensRequest;
import dev.switchboard.v1.CountTokensResponse;
import dev.switchboard.v1.CreateResponseRequest;
import dev.switchboard.v1.DeleteResponseRequest;
import dev.switchboard.v1.DeleteResponseResponse;
import dev.switchboard.v1.EmbeddingsRequest;
import dev.switchboard.v1.EmbeddingsResponse;
import dev.switchboard.v1.GetModelRequest;
import dev.switchboard.v1.GetResponseRequest;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.ListModelsRequest;
import dev.switchboard.v1.ListModelsResponse;
import dev.switchboard.v1.Model;
import dev.switchboard.v1.ResponseStreamEvent;
import dev.switchboard.v1.StoredResponse;

import io.grpc.stub.StreamObserver;
import io.netty.util.concurrent.EventExecutor;

/**
 * The {@code Inference} service: route the model, run the plan (retries, fallbacks, failover),
 * hand the answer back. It runs on the event loop and never blocks; every wait is a future. Both
 * the gRPC transport and the REST surface (in process) call it.
 */
public final class InferenceService extends InferenceGrpc.InferenceImplBase {
    private static final Logger logger = LoggerFactory.getLogger(InferenceService.class);

    private final ProviderRegistry providers;
    private final AliasRegistry aliases;
    private final ModelCatalog catalog;
    private final Router router;
    private final TargetStates states;
    private final UpstreamCaller caller;
    private final ProviderHealth health;
    private final PlannedCalls calls;
    private final Embeddings embeddings;
    private final TokenCounts tokenCounts;
    private final ResponsesService responses;

    public InferenceService(ProviderRegistry providers, AliasRegistry aliases, ModelCatalog catalog, Router router,
                            TargetStates states, UpstreamCaller caller, ProviderHealth health,
                            ResponseStore responseStore) {
        this.providers = providers;
        this.aliases = aliases;
        this.catalog = catalog;
        this.router = router;
        this.states = states;
        this.caller = caller;
        this.health = health;
        calls = new PlannedCalls(providers, router, states, health);
        embeddings = new Embeddings(calls, caller);
        tokenCounts = new TokenCounts(calls, caller);
        // Responses run through this service's chat methods.
        responses = new ResponsesService(responseStore, this);
    }

    @Override
    public void createEmbeddings(EmbeddingsRequest req, StreamObserver<EmbeddingsResponse> obs) {
        embeddings.create(req, obs);
    }

    @Override
    public void countTokens(CountTokensRequest req, StreamObserver<CountTokensResponse> obs) {
        tokenCounts.count(req, obs);
    }

    @Override
    public void createResponse(CreateResponseRequest req, StreamObserver<StoredResponse> obs) {
        responses.create(req, obs);
    }

    @Override
    public void streamResponse(CreateResponseRequest req, StreamObserver<ResponseStreamEvent> obs) {
        responses.stream(req, obs);
    }

    @Override
    public void getResponse(GetResponseRequest req, StreamObserver<StoredResponse> obs) {
        responses.get(req, obs);
    }

    @Override
    public void deleteResponse(DeleteResponseRequest req, StreamObserver<DeleteResponseResponse> obs) {
        responses.delete(req, obs);
    }

    @Override
    public void createChatCompletion(ChatCompletionRequest req, StreamObserver<ChatCompletionResponse> obs) {
        calls.<Completion, ChatCompletionResponse>run(
                req.getModel(),
                (a, timeout) -> caller.complete(a.provider(), RequestShaping.forTarget(req, a.target()),
                                                a.target().model(), timeout),
                s -> s.value().response().toBuilder().setGateway(s.info(s.value().droppedParams())).build(),
                obs);
    }

    @Override
    public void streamChatCompletion(ChatCompletionRequest req, StreamObserver<ChatCompletionChunk> obs) {
        final EventExecutor loop = currentLoop();
        final Long clientDeadline = clientDeadline();
        final StreamCall call = new StreamCall(req, obs);
        router.resolve(req.getModel()).whenCompleteAsync((plan, cause) -> {
            if (cause != null) {
                call.failEarly(logged(cause));
                return;
            }
            call.start(context(plan, req, loop, clientDeadline));
        }, OnLoop.of(loop));
    }

    private CallContext context(RoutePlan plan, ChatCompletionRequest req, EventExecutor loop, Long clientDeadline) {
        return new CallContext(caller, health, loop,
                               new Attempts(plan, providers, states, deadline(plan, clientDeadline)), req);
    }

    /** The plan's own deadline, or the client's when that comes first ({@link System#nanoTime()}). */
    static long deadline(RoutePlan plan, Long clientDeadline) {
        final long deadline = System.nanoTime() + plan.retry().deadline().toNanos();
        return clientDeadline != null ? Math.min(deadline, clientDeadline) : deadline;
    }

    /** The client's own deadline: a REST timeout header, or the gRPC call's deadline. */
    static Long clientDeadline() {
        final ServiceRequestContext ctx = ServiceRequestContext.currentOrNull();
        if (ctx == null) {
            return null;
        }
        final Long rest = ctx.attr(RequestDeadline.NANOS);
        if (rest != null) {
            return rest;
        }
        final long timeoutMillis = ctx.requestTimeoutMillis();
        return timeoutMillis > 0 ? ctx.log().partial().requestStartTimeNanos() + timeoutMillis * 1_000_000 : null;
    }

    @Override
    public void listModels(ListModelsRequest req, StreamObserver<ListModelsResponse> obs) {
        final List<UpstreamProvider> enabled = providers.enabled();
        final List<CompletableFuture<List<UpstreamModel>>> lists = new ArrayList<>();
        for (UpstreamProvider p : enabled) {
            lists.add(catalog.models(p).exceptionally(t -> {
                logger.debug("model list of provider '{}' unavailable: {}", p.name(), Errors.toGateway(t).getMessage());
                return List.of();
            }));
        }
        final EventExecutor loop = currentLoop();
        CompletableFuture.allOf(lists.toArray(CompletableFuture[]::new)).whenCompleteAsync((unused, cause) -> {
            final ListModelsResponse.Builder b = ListModelsResponse.newBuilder();
            aliases.all().stream().sorted(java.util.Comparator.comparing(Alias::getName))
                   .forEach(a -> b.addModels(model(a)));
            for (int i = 0; i < enabled.size(); i++) {
                for (UpstreamModel m : lists.get(i).join()) {
                    b.addModels(model(enabled.get(i), m));
                }
            }
            obs.onNext(b.build());
            obs.onCompleted();
        }, loop);
    }

    @Override
    public void getModel(GetModelRequest req, StreamObserver<Model> obs) {
        final EventExecutor loop = currentLoop();
        final Alias alias = aliases.get(req.getId());
        if (alias != null) {
            obs.onNext(model(alias));
            obs.onCompleted();
            return;
        }
        router.resolve(req.getId())
              .thenCompose(plan -> {
                  final UpstreamProvider p = providers.get(plan.targets().get(0).provider());
                  final String upstreamId = plan.targets().get(0).model();
                  return catalog.models(p).thenApply(models -> {
                      for (UpstreamModel m : models) {
                          if (m.id().equals(upstreamId)) {
                              return model(p, m);
                          }
                      }
                      throw GatewayException.notFound("model_not_found", "model '" + req.getId() + "' not found");
                  });
              })
              .whenCompleteAsync((model, cause) -> {
                  if (cause != null) {
                      obs.onError(logged(cause));
                  } else {
                      obs.onNext(model);
                      obs.onCompleted();
                  }
              }, loop);
    }

    private static Model model(UpstreamProvider p, UpstreamModel m) {
        return Model.newBuilder()
                    .setId(p.name() + '/' + m.id())
                    .setOwnedBy(m.ownedBy() != null ? m.ownedBy() : p.name())
                    .setCreated(m.created())
                    .setProvider(p.name())
                    .setUpstreamId(m.id())
                    .build();
    }

    private static Model model(Alias a) {
        final Model.Builder b = Model.newBuilder().setId(a.getName()).setOwnedBy("switchboard")
                                     .setCreated(a.getCreateTime().getSeconds());
        for (AliasTarget t : a.getTargetsList()) {
            b.addAliasTargets(t.getModel());
        }
        return b.build();
    }

    static GatewayException logged(Throwable cause) {
        final GatewayException e = Errors.toGateway(cause);
        if (e.kind() == ErrorKind.INTERNAL) {
            logger.warn("request failed", e.getCause() != null ? e.getCause() : e);
        }
        return e;
    }

    static EventExecutor currentLoop() {
        final ServiceRequestContext ctx = ServiceRequestContext.currentOrNull();
        return ctx != null ? ctx.eventLoop() : CommonPools.workerGroup().next();
    }
}
