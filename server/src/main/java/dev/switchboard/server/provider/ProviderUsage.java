package dev.switchboard.server.provider;

import java.util.List;
import java.util.Map;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.v1.UsageSummary;

/**
 * Providers' last 24 hours of usage as {@code who} may see them, for GetProvider and ListProviders:
 * one call for all the providers of an answer. The usage reports answer it; this package does not
 * read the ledger itself.
 */
@FunctionalInterface
public interface ProviderUsage {
    /** No usage known: answers carry no summary. */
    ProviderUsage NONE = (who, providers) -> Map.of();

    /** A summary by provider name, for the names given (one that has none is left out). */
    Map<String, UsageSummary> last24h(Principal who, List<String> providers);
}
