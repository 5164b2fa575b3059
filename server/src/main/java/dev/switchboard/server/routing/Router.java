package dev.switchboard.server.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.alias.AliasRegistry;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.provider.ModelCatalog;
import dev.switchboard.server.provider.ModelCatalog.Listing;
import dev.switchboard.server.provider.Presets;
import dev.switchboard.server.provider.ProviderRegistry;
import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.server.usage.Pricing;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.UpstreamModel;
import dev.switchboard.v1.Alias;
import dev.switchboard.v1.AliasTarget;

/**
 * Resolves the model a request names, in this order: an alias; a "provider/model" id; a bare
 * model name that the cached model lists place at exactly one provider (API providers are asked
 * before local ones such as Ollama); otherwise NOT_FOUND with the nearest known names. The first
 * two read only the in-memory snapshots.
 */
public final class Router {
    private static final int MAX_SUGGESTIONS = 5;

    private final ProviderRegistry providers;
    private final AliasRegistry aliases;
    private final ModelCatalog catalog;
    private final TargetStates states;
    private final RandomGenerator random;
    private final Pricing prices;

    /** @param prices what the lowest-cost strategy compares (an alias target's own price wins) */
    public Router(ProviderRegistry providers, AliasRegistry aliases, ModelCatalog catalog, TargetStates states,
                  RandomGenerator random, Pricing prices) {
        this.prices = prices;
        this.providers = providers;
        this.aliases = aliases;
        this.catalog = catalog;
        this.states = states;
        this.random = random;
    }

    /**
     * Resolves {@code model} among what {@code who} may see (shared providers and aliases and their
     * own; all shared ones when null), and checks it against the credential's allow-list.
     */
    public CompletableFuture<RoutePlan> resolve(String model, @Nullable Principal who) {
        final CompletableFuture<RoutePlan> plan = resolveVisible(model, who);
        if (who == null || who.allowedModels().isEmpty()) {
            return plan;
        }
        return plan.thenApply(p -> {
            final Target only = p.alias() == null ? p.targets().get(0) : null;
            if (!who.mayUse(model, only == null ? null : only.provider(), only == null ? null : only.model())) {
                throw new GatewayException(ErrorKind.PERMISSION_DENIED, "model_not_allowed",
                                           "this key may not use model '" + clip(model) + "' (allowed: "
                                           + String.join(", ", who.allowedModels()) + ")");
            }
            return p;
        });
    }

    private CompletableFuture<RoutePlan> resolveVisible(String model, @Nullable Principal who) {
        if (model.isEmpty()) {
            return CompletableFuture.failedFuture(GatewayException.invalid("model: required"));
        }
        final Alias alias = aliases.get(model);
        if (alias != null && Principal.sees(who, AliasRegistry.ownerOf(alias))) {
            final List<Target> targets = new ArrayList<>(alias.getTargetsCount());
            for (AliasTarget t : alias.getTargetsList()) {
                targets.add(Target.of(t));
            }
            return CompletableFuture.completedFuture(new RoutePlan(
                    alias.getName(), Strategies.order(targets, alias.getStrategy(), states, random, prices),
                    Retry.of(alias.getRetry()), alias.getFallbackOnContextLength()));
        }
        final int slash = model.indexOf('/');
        if (slash > 0 && slash < model.length() - 1) {
            final UpstreamProvider p = providers.get(model.substring(0, slash));
            if (p != null && Principal.sees(who, p.ownerId())) {
                if (!p.enabled()) {
                    return CompletableFuture.failedFuture(GatewayException.notFound(
                            "model_not_found", "provider '" + p.name() + "' is disabled"));
                }
                return CompletableFuture.completedFuture(direct(p.name(), model.substring(slash + 1)));
            }
        }
        return resolveBare(model, who);
    }

    private static RoutePlan direct(String provider, String model) {
        return new RoutePlan(null, List.of(Target.direct(provider, model)), Retry.DEFAULT, false);
    }

    private CompletableFuture<RoutePlan> resolveBare(String model, @Nullable Principal who) {
        final List<UpstreamProvider> enabled = visible(providers.enabled(), who);
        final List<CompletableFuture<Listing>> lists = new ArrayList<>(enabled.size());
        boolean cached = true;
        for (UpstreamProvider p : enabled) {
            final CompletableFuture<Listing> f = catalog.listing(p);
            lists.add(f);
            cached &= f.isDone();
        }
        if (cached) {
            // The usual case: every list is in the cache, so answer without a stage per provider.
            try {
                return CompletableFuture.completedFuture(pick(model, enabled, lists, who));
            } catch (GatewayException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return CompletableFuture.allOf(lists.toArray(CompletableFuture[]::new))
                                .handle((unused, ignored) -> pick(model, enabled, lists, who));
    }

    /** The providers {@code who} may route to; the list itself when all are (the usual case). */
    public static List<UpstreamProvider> visible(List<UpstreamProvider> all, @Nullable Principal who) {
        for (UpstreamProvider p : all) {
            if (!Principal.sees(who, p.ownerId())) {
                return all.stream().filter(q -> Principal.sees(who, q.ownerId())).toList();
            }
        }
        return all;
    }

    /** The one provider listing {@code model}, API providers first; else not found or ambiguous. */
    private RoutePlan pick(String model, List<UpstreamProvider> enabled, List<CompletableFuture<Listing>> lists,
                           @Nullable Principal who) {
        List<UpstreamProvider> api = List.of();
        List<UpstreamProvider> local = List.of();
        for (int i = 0; i < enabled.size(); i++) {
            final UpstreamProvider p = enabled.get(i);
            if (listed(lists.get(i)).ids().contains(model)) {
                if (isLocal(p)) {
                    local = plus(local, p);
                } else {
                    api = plus(api, p);
                }
            }
        }
        final List<UpstreamProvider> serving = api.isEmpty() ? local : api;
        if (serving.size() == 1) {
            return direct(serving.get(0).name(), model);
        }
        if (!serving.isEmpty()) {
            throw new GatewayException(ErrorKind.AMBIGUOUS, "ambiguous_model", "model '" + model
                                       + "' is served by several providers; use one of: "
                                       + serving.stream().map(p -> p.name() + '/' + model)
                                                .collect(Collectors.joining(", ")));
        }
        // Every known id is collected only for this message, never on the way to an answer.
        final List<String> known = new ArrayList<>(aliases.all().stream()
                                                          .filter(a -> Principal.sees(who, AliasRegistry.ownerOf(a)))
                                                          .map(Alias::getName).toList());
        for (int i = 0; i < enabled.size(); i++) {
            for (UpstreamModel m : listed(lists.get(i)).models()) {
                known.add(enabled.get(i).name() + '/' + m.id());
            }
        }
        // A provider that could not say what it serves is named, so "not found" is read for what it is.
        final String unlisted = unlisted(enabled, lists);
        throw GatewayException.notFound("model_not_found", "model '" + clip(model) + "' not found"
                                        + (unlisted.isEmpty() ? "" : " among the providers that answered (the model "
                                           + "list of " + unlisted + " could not be fetched)")
                                        + suggestions(model, known));
    }

    /** The providers whose lists failed, each with why (messages are redacted), or "". */
    private static String unlisted(List<UpstreamProvider> enabled, List<CompletableFuture<Listing>> lists) {
        final List<String> out = new ArrayList<>();
        for (int i = 0; i < enabled.size(); i++) {
            final CompletableFuture<Listing> f = lists.get(i);
            if (f.isCompletedExceptionally()) {
                final Throwable cause = f.handle((unused, t) -> t).join();
                out.add("'" + enabled.get(i).name() + "' (" + Errors.toGateway(cause).getMessage() + ")");
            }
        }
        return String.join(", ", out);
    }

    /** A provider whose list cannot be fetched simply does not serve the name. */
    private static Listing listed(CompletableFuture<Listing> f) {
        return f.isCompletedExceptionally() ? Listing.EMPTY : f.join();
    }

    /** Matches are few (usually one): no list until there is something to put in it. */
    private static List<UpstreamProvider> plus(List<UpstreamProvider> list, UpstreamProvider p) {
        if (list.isEmpty()) {
            return List.of(p);
        }
        final List<UpstreamProvider> more = new ArrayList<>(list);
        more.add(p);
        return more;
    }

    private static boolean isLocal(UpstreamProvider p) {
        return Presets.find(p.preset()).map(dev.switchboard.v1.Preset::getLocal).orElse(false);
    }

    /** The nearest known ids by edit distance, so a typo gets a useful answer. */
    private static String suggestions(String model, List<String> known) {
        if (known.isEmpty()) {
            return "; no enabled provider lists any model (use '<provider>/<model>')";
        }
        final String wanted = model.substring(model.indexOf('/') + 1);
        final List<String> nearest = known.stream()
                .sorted(Comparator.comparingInt((String id) -> distance(wanted, id.substring(id.indexOf('/') + 1)))
                                  .thenComparing(Comparator.naturalOrder()))
                .limit(MAX_SUGGESTIONS).toList();
        return "; did you mean: " + String.join(", ", nearest);
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                final int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            final int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String clip(String s) {
        return s.length() <= 128 ? s : s.substring(0, 128) + "...";
    }
}
