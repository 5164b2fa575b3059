package dev.switchboard.server.observe.metrics;

import dev.switchboard.server.alias.AliasRegistry;
import dev.switchboard.server.provider.ModelCatalog;
import dev.switchboard.server.provider.ProviderHealth;
import dev.switchboard.server.provider.ProviderRegistry;
import dev.switchboard.server.routing.TargetStates;
import dev.switchboard.server.usage.ledger.LedgerWriter;

/**
 * What the metrics read of the gateway: the providers and their model lists and aliases (which
 * model names are known, so label values stay bounded), the breakers, the providers' connection
 * states and the ledger's writer.
 */
public record Sources(ProviderRegistry providers, ModelCatalog catalog, AliasRegistry aliases, TargetStates targets,
                      ProviderHealth health, LedgerWriter ledger) {}
