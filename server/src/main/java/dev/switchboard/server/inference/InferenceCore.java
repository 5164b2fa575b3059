package dev.switchboard.server.inference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.stream.StreamMessage;

import dev.switchboard.server.alias.AliasRegistry;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.provider.ModelCatalog;
import dev.switchboard.server.provider.ProviderHealth;
import dev.switchboard.server.provider.ProviderRegistry;
import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.server.routing.Router;
import dev.switchboard.server.routing.TargetStates;
import dev.switchboard.server.upstream.UpstreamCaller;
import dev.switchboard.server.upstream.UpstreamCaller.Completion;
import dev.switchboard.server.usage.Metered;
import dev.switchboard.server.usage.Metering;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.TokenEstimate;
import dev.switchboard.transcoder.format.UpstreamModel;
import dev.switchboard.v1.Alias;
import dev.switchboard.v1.AliasTarget;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.CountTokensRequest;
import dev.switchboard.v1.CountTokensResponse;
import dev.switchboard.v1.EmbeddingsRequest;
import dev.switchboard.v1.EmbeddingsResponse;
import dev.switchboard.v1.ListModelsResponse;
import dev.switchboard.v1.Model;

/**
 * The core API as the gateway runs it: it routes the model, runs the plan (retries, fallbacks,
 * failover, continuation) through one {@link AttemptLoop}, and hands back a future or a stream.
 * Everything runs on the caller's event loop and never blocks; every wait is a future.
 */
public final class InferenceCore implements Inference {
    private static final Logger logger = LoggerFactory.getLogger(InferenceCore.class);

    private final ProviderRegistry providers;
    private final AliasRegistry aliases;
    private final ModelCatalog catalog;
    private final Router router;
    private final UpstreamCaller caller;
    private final PlannedCalls calls;
    private final Embeddings embeddings;
    private final TokenCounts tokenCounts;

    public InferenceCore(ProviderRegistry providers, AliasRegistry aliases, ModelCatalog catalog, Router router,
                         TargetStates states, UpstreamCaller caller, ProviderHealth health, Metering metering) {
        this.providers = providers;
        this.aliases = aliases;
        this.catalog = catalog;
        this.router = router;
        this.caller = caller;
        calls = new PlannedCalls(providers, router, states, health, metering);
        embeddings = new Embeddings(calls, caller);
        tokenCounts = new TokenCounts(calls, caller);
    }

    @Override
    public CompletableFuture<ChatCompletionResponse> complete(ChatCompletionRequest req, Caller who) {
        final long prompt = TokenEstimate.inputTokens(req);
        final Metered metered;
        try {
            metered = calls.admit(who, req.getModel(), false, prompt, UsedTokens.maxOutput(req));
        } catch (GatewayException e) {
            return CompletableFuture.failedFuture(e);
        }
        return calls.<Completion, ChatCompletionResponse>run(
                req.getModel(), who, metered,
                (a, timeout) -> caller.complete(a.provider(), RequestShaping.forTarget(req, a.target()),
                                                a.target().model(), timeout),
                s -> s.value().response().toBuilder().setGateway(s.info(s.value().droppedParams())).build(),
                c -> UsedTokens.of(c.response(), prompt));
    }

    @Override
    public StreamMessage<ChatCompletionChunk> stream(ChatCompletionRequest req, Caller who) {
        final LoopStream<ChatCompletionChunk> out = new LoopStream<>(who.loop());
        final long prompt = TokenEstimate.inputTokens(req);
        final StreamCall call = new StreamCall(caller, req, out, prompt);
        final Metered metered;
        try {
            metered = calls.admit(who, req.getModel(), true, prompt, UsedTokens.maxOutput(req));
        } catch (GatewayException e) {
            call.fail(e);
            return out;
        }
        calls.plan(req.getModel(), who, metered, call::start, call::fail);
        return out;
    }

    @Override
    public CompletableFuture<EmbeddingsResponse> embeddings(EmbeddingsRequest req, Caller who) {
        return embeddings.create(req, who);
    }

    @Override
    public CompletableFuture<CountTokensResponse> countTokens(CountTokensRequest req, Caller who) {
        return tokenCounts.count(req, who);
    }

    @Override
    public CompletableFuture<ListModelsResponse> listModels(Caller who) {
        final Principal principal = who.principal();
        final List<UpstreamProvider> enabled = Router.visible(providers.enabled(), principal);
        final List<CompletableFuture<List<UpstreamModel>>> lists = new ArrayList<>();
        for (UpstreamProvider p : enabled) {
            lists.add(catalog.models(p).exceptionally(t -> {
                logger.debug("model list of provider '{}' unavailable: {}", p.name(), Errors.toGateway(t).getMessage());
                return List.of();
            }));
        }
        return CompletableFuture.allOf(lists.toArray(CompletableFuture[]::new)).thenApplyAsync(unused -> {
            final ListModelsResponse.Builder b = ListModelsResponse.newBuilder();
            aliases.all().stream()
                   .filter(a -> Principal.sees(principal, AliasRegistry.ownerOf(a)))
                   .filter(a -> principal == null || principal.mayUse(a.getName(), null, null))
                   .sorted(Comparator.comparing(Alias::getName))
                   .forEach(a -> b.addModels(model(a)));
            for (int i = 0; i < enabled.size(); i++) {
                final UpstreamProvider p = enabled.get(i);
                for (UpstreamModel m : lists.get(i).join()) {
                    if (principal == null || principal.mayUse(p.name() + '/' + m.id(), p.name(), m.id())) {
                        b.addModels(model(p, m));
                    }
                }
            }
            return b.build();
        }, who.loop());
    }

    @Override
    public CompletableFuture<Model> getModel(String id, Caller who) {
        final Alias alias = aliases.get(id);
        final Principal principal = who.principal();
        if (alias != null && Principal.sees(principal, AliasRegistry.ownerOf(alias))
            && (principal == null || principal.mayUse(id, null, null))) {
            return CompletableFuture.completedFuture(model(alias));
        }
        return router.resolve(id, principal)
                     .thenCompose(plan -> {
                         final UpstreamProvider p = providers.get(plan.targets().get(0).provider());
                         final String upstreamId = plan.targets().get(0).model();
                         return catalog.models(p).thenApply(models -> {
                             for (UpstreamModel m : models) {
                                 if (m.id().equals(upstreamId)) {
                                     return model(p, m);
                                 }
                             }
                             throw GatewayException.notFound("model_not_found", "model '" + id + "' not found");
                         });
                     })
                     .handleAsync((model, cause) -> {
                         if (cause != null) {
                             throw logged(cause);
                         }
                         return model;
                     }, who.loop());
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
}
