package dev.switchboard.server.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.CommonPools;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.provider.ProviderHealth;
import dev.switchboard.server.provider.ProviderRegistry;
import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.server.upstream.ChunkSink;
import dev.switchboard.server.upstream.UpstreamCaller;
import dev.switchboard.server.upstream.UpstreamCall;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.upstream.UpstreamModel;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.GatewayInfo;
import dev.switchboard.v1.GetModelRequest;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.ListModelsRequest;
import dev.switchboard.v1.ListModelsResponse;
import dev.switchboard.v1.Model;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.netty.util.concurrent.EventExecutor;

/**
 * The {@code Inference} service: resolve the model, call the provider, hand the answer back.
 * It runs on the event loop and never blocks; every wait is a future. Both the gRPC transport
 * and the REST surface (in process) call it.
 */
public final class InferenceService extends InferenceGrpc.InferenceImplBase {
    private static final Logger logger = LoggerFactory.getLogger(InferenceService.class);

    private final ProviderRegistry registry;
    private final ModelCatalog catalog;
    private final ModelRouter router;
    private final UpstreamCaller caller;
    private final ProviderHealth health;

    public InferenceService(ProviderRegistry registry, ModelCatalog catalog, UpstreamCaller caller,
                            ProviderHealth health) {
        this.registry = registry;
        this.catalog = catalog;
        this.caller = caller;
        this.health = health;
        router = new ModelRouter(registry, catalog);
    }

    @Override
    public void createChatCompletion(ChatCompletionRequest req, StreamObserver<ChatCompletionResponse> obs) {
        final EventExecutor loop = currentLoop();
        router.resolve(req.getModel()).thenCompose(route -> {
            checkImplemented(route.provider());
            return caller.complete(route.provider(), req, route.model())
                         .whenComplete((res, cause) -> observe(route.provider(), cause))
                         .thenApply(c -> c.response().toBuilder().setGateway(info(route, c.droppedParams())).build());
        }).whenCompleteAsync((res, cause) -> {
            if (cause != null) {
                obs.onError(logged(cause));
            } else {
                obs.onNext(res);
                obs.onCompleted();
            }
        }, loop);
    }

    @Override
    public void streamChatCompletion(ChatCompletionRequest req, StreamObserver<ChatCompletionChunk> obs) {
        final EventExecutor loop = currentLoop();
        final StreamRelay relay = new StreamRelay(
                obs, req.hasStreamOptions() && req.getStreamOptions().getIncludeUsage());
        router.resolve(req.getModel()).whenCompleteAsync((route, cause) -> {
            if (cause != null) {
                relay.onError(Errors.toGateway(cause));
                return;
            }
            try {
                checkImplemented(route.provider());
                relay.start(caller.stream(route.provider(), req, route.model(), relay.sinkFor(route), loop));
            } catch (RuntimeException e) {
                relay.onError(Errors.toGateway(e));
            }
        }, loop);
    }

    @Override
    public void listModels(ListModelsRequest req, StreamObserver<ListModelsResponse> obs) {
        final List<UpstreamProvider> providers = registry.enabled();
        final List<CompletableFuture<List<UpstreamModel>>> lists = new ArrayList<>();
        for (UpstreamProvider p : providers) {
            lists.add(catalog.models(p).exceptionally(t -> {
                logger.debug("model list of provider '{}' unavailable: {}", p.name(), Errors.toGateway(t).getMessage());
                return List.of();
            }));
        }
        final EventExecutor loop = currentLoop();
        CompletableFuture.allOf(lists.toArray(CompletableFuture[]::new)).whenCompleteAsync((unused, cause) -> {
            final ListModelsResponse.Builder b = ListModelsResponse.newBuilder();
            for (int i = 0; i < providers.size(); i++) {
                for (UpstreamModel m : lists.get(i).join()) {
                    b.addModels(model(providers.get(i), m));
                }
            }
            obs.onNext(b.build());
            obs.onCompleted();
        }, loop);
    }

    @Override
    public void getModel(GetModelRequest req, StreamObserver<Model> obs) {
        final EventExecutor loop = currentLoop();
        router.resolve(req.getId())
              .thenCompose(route -> catalog.models(route.provider()).thenApply(models -> {
                  for (UpstreamModel m : models) {
                      if (m.id().equals(route.model())) {
                          return model(route.provider(), m);
                      }
                  }
                  throw GatewayException.notFound("model_not_found", "model '" + req.getId() + "' not found");
              }))
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

    static GatewayInfo info(Route route, List<String> droppedParams) {
        return GatewayInfo.newBuilder()
                          .setProvider(route.provider().name())
                          .setUpstreamModel(route.model())
                          .setAttempts(1)
                          .addAllDroppedParams(droppedParams)
                          .build();
    }

    private static void checkImplemented(UpstreamProvider p) {
        if (!p.format().implemented()) {
            throw ModelCatalog.unimplemented(p);
        }
    }

    /** Live traffic feeds the provider's connection state; client mistakes do not count. */
    void observe(UpstreamProvider p, Throwable cause) {
        if (cause == null) {
            health.succeeded(p.id());
            return;
        }
        final GatewayException e = Errors.toGateway(cause);
        switch (e.kind()) {
            case UPSTREAM_UNREACHABLE:
            case UPSTREAM_ERROR:
            case UPSTREAM_UNAVAILABLE:
            case UPSTREAM_TIMEOUT:
                health.failed(p.id(), e.getMessage());
                break;
            default:
                break;
        }
    }

    private static GatewayException logged(Throwable cause) {
        final GatewayException e = Errors.toGateway(cause);
        if (e.kind() == ErrorKind.INTERNAL) {
            logger.warn("request failed", e.getCause() != null ? e.getCause() : e);
        }
        return e;
    }

    private static EventExecutor currentLoop() {
        final ServiceRequestContext ctx = ServiceRequestContext.currentOrNull();
        return ctx != null ? ctx.eventLoop() : CommonPools.workerGroup().next();
    }

    /**
     * Connects one upstream stream to one client observer: marks the first chunk with what
     * served it, cancels the upstream when the client goes away, and puts usage where OpenAI
     * puts it: alone in one last chunk when the client asked for it, nowhere when it did not.
     * (Several upstreams send usage on the finish chunk, or always.)
     */
    private final class StreamRelay {
        private final StreamObserver<ChatCompletionChunk> obs;
        private final boolean includeUsage;
        private volatile UpstreamCall call;
        private volatile boolean cancelled;
        private boolean first = true;
        @Nullable
        private ChatCompletionChunk usageChunk;

        StreamRelay(StreamObserver<ChatCompletionChunk> obs, boolean includeUsage) {
            this.obs = obs;
            this.includeUsage = includeUsage;
            if (obs instanceof ServerCallStreamObserver) {
                ((ServerCallStreamObserver<ChatCompletionChunk>) obs).setOnCancelHandler(() -> {
                    cancelled = true;
                    final UpstreamCall c = call;
                    if (c != null) {
                        c.cancel();
                    }
                });
            }
        }

        void start(UpstreamCall call) {
            this.call = call;
            if (cancelled) {
                call.cancel();
            }
        }

        void onError(GatewayException e) {
            if (!cancelled) {
                obs.onError(e);
            }
        }

        ChunkSink sinkFor(Route route) {
            return new ChunkSink() {
                @Override
                public void onChunk(ChatCompletionChunk chunk) {
                    if (cancelled) {
                        return;
                    }
                    if (chunk.hasUsage()) {
                        usageChunk = ChatCompletionChunk.newBuilder()
                                                        .setId(chunk.getId())
                                                        .setCreated(chunk.getCreated())
                                                        .setModel(chunk.getModel())
                                                        .setSystemFingerprint(chunk.getSystemFingerprint())
                                                        .setUsage(chunk.getUsage())
                                                        .build();
                        if (chunk.getChoicesCount() == 0) {
                            return;
                        }
                        chunk = chunk.toBuilder().clearUsage().build();
                    }
                    if (first) {
                        first = false;
                        health.succeeded(route.provider().id());
                        obs.onNext(chunk.toBuilder().setGateway(info(route, call.droppedParams())).build());
                    } else {
                        obs.onNext(chunk);
                    }
                }

                @Override
                public void onComplete() {
                    if (cancelled) {
                        return;
                    }
                    if (includeUsage && usageChunk != null) {
                        obs.onNext(first ? usageChunk.toBuilder().setGateway(info(route, call.droppedParams())).build()
                                         : usageChunk);
                    }
                    obs.onCompleted();
                }

                @Override
                public void onError(GatewayException error) {
                    observe(route.provider(), error);
                    StreamRelay.this.onError(error);
                }
            };
        }
    }
}
