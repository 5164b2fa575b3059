package dev.switchboard.server.observe.metrics;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.alias.AliasRegistry;
import dev.switchboard.server.provider.ModelCatalog;
import dev.switchboard.server.provider.ProviderRegistry;
import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.v1.Alias;
import dev.switchboard.v1.AliasTarget;

/**
 * The gateway's own idea of a known model: one its provider's fetched list names (never fetched
 * here: only a list that has arrived counts) or an alias targets. Every value also passes a
 * {@link LabelCap}, so even a gateway configured with very many names keeps a bounded series count.
 */
final class KnownModels implements ModelLabels {
    private final ProviderRegistry providers;
    private final ModelCatalog catalog;
    private final AliasRegistry aliases;
    private final LabelCap providerCap;
    private final LabelCap modelCap;
    private final LabelCap aliasCap;
    /** The alias snapshot {@link #targets} was built from: rebuilt when the registry reloads. */
    @Nullable
    private volatile Collection<Alias> indexed;
    private volatile Set<String> targets = Set.of();

    KnownModels(ProviderRegistry providers, ModelCatalog catalog, AliasRegistry aliases, int cap) {
        this.providers = providers;
        this.catalog = catalog;
        this.aliases = aliases;
        providerCap = new LabelCap(cap);
        modelCap = new LabelCap(cap);
        aliasCap = new LabelCap(cap);
    }

    @Override
    public String provider(String provider) {
        return providers.get(provider) != null ? providerCap.admit(provider) : OTHER;
    }

    @Override
    public String model(String provider, String model) {
        return listed(provider, model) || aliasTargets().contains(provider + '/' + model) ? modelCap.admit(model) : OTHER;
    }

    @Override
    public String alias(@Nullable String alias) {
        if (alias == null) {
            return NONE;
        }
        return aliases.get(alias) != null ? aliasCap.admit(alias) : OTHER;
    }

    @Override
    public String requested(String requestedModel) {
        if (aliases.get(requestedModel) != null) {
            return aliasCap.admit(requestedModel);
        }
        final int slash = requestedModel.indexOf('/');
        if (slash > 0 && providers.get(requestedModel.substring(0, slash)) != null) {
            final String m = model(requestedModel.substring(0, slash), requestedModel.substring(slash + 1));
            return OTHER.equals(m) ? OTHER : modelCap.admit(requestedModel);
        }
        for (UpstreamProvider p : providers.enabled()) {
            if (listed(p, requestedModel)) {
                return modelCap.admit(requestedModel);
            }
        }
        return OTHER;
    }

    private boolean listed(String provider, String model) {
        final UpstreamProvider p = providers.get(provider);
        return p != null && listed(p, model);
    }

    private boolean listed(UpstreamProvider p, String model) {
        final ModelCatalog.Listing listing = catalog.cached(p);
        return listing != null && listing.ids().contains(model);
    }

    private Set<String> aliasTargets() {
        final Collection<Alias> now = aliases.all();
        if (now != indexed) {
            final Set<String> next = new HashSet<>();
            for (Alias a : now) {
                for (AliasTarget t : a.getTargetsList()) {
                    next.add(t.getModel());
                }
            }
            targets = next;
            indexed = now;
        }
        return targets;
    }
}
