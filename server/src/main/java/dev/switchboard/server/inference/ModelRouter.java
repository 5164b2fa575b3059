package dev.switchboard.server.inference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import dev.switchboard.server.provider.ProviderRegistry;
import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.upstream.UpstreamModel;

/**
 * Resolves a requested model id. "provider/model" is answered from the snapshot alone; a bare
 * name is looked up in the cached model lists of the enabled providers and must be served by
 * exactly one of them.
 */
final class ModelRouter {
    private static final int MAX_SUGGESTIONS = 5;

    private final ProviderRegistry registry;
    private final ModelCatalog catalog;

    ModelRouter(ProviderRegistry registry, ModelCatalog catalog) {
        this.registry = registry;
        this.catalog = catalog;
    }

    CompletableFuture<Route> resolve(String model) {
        if (model.isEmpty()) {
            return CompletableFuture.failedFuture(GatewayException.invalid("model: required"));
        }
        final int slash = model.indexOf('/');
        if (slash > 0 && slash < model.length() - 1) {
            final UpstreamProvider p = registry.get(model.substring(0, slash));
            if (p != null) {
                if (!p.enabled()) {
                    return CompletableFuture.failedFuture(GatewayException.notFound(
                            "model_not_found", "provider '" + p.name() + "' is disabled"));
                }
                return CompletableFuture.completedFuture(new Route(p, model.substring(slash + 1)));
            }
        }
        return resolveBare(model);
    }

    private CompletableFuture<Route> resolveBare(String model) {
        final List<UpstreamProvider> providers = registry.enabled();
        final List<CompletableFuture<List<UpstreamModel>>> lists = new ArrayList<>();
        for (UpstreamProvider p : providers) {
            // A provider whose list cannot be fetched simply does not serve the name.
            lists.add(catalog.models(p).exceptionally(t -> List.of()));
        }
        return CompletableFuture.allOf(lists.toArray(CompletableFuture[]::new)).thenApply(unused -> {
            final List<UpstreamProvider> serving = new ArrayList<>();
            final List<String> known = new ArrayList<>();
            for (int i = 0; i < providers.size(); i++) {
                for (UpstreamModel m : lists.get(i).join()) {
                    if (m.id().equals(model)) {
                        serving.add(providers.get(i));
                    }
                    known.add(providers.get(i).name() + '/' + m.id());
                }
            }
            if (serving.size() == 1) {
                return new Route(serving.get(0), model);
            }
            if (serving.isEmpty()) {
                throw GatewayException.notFound("model_not_found", "model '" + clip(model) + "' not found"
                                                + suggestions(model, known));
            }
            throw new GatewayException(ErrorKind.AMBIGUOUS, "ambiguous_model", "model '" + model
                                       + "' is served by several providers; use one of: "
                                       + serving.stream().map(p -> p.name() + '/' + model)
                                                .collect(Collectors.joining(", ")));
        });
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
