package dev.switchboard.server.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;

/**
 * One audit entry before it takes its place in the chain (no seq, no hashes yet).
 *
 * @param actor the user name, or "anonymous"
 * @param credential how the actor authenticated ({@code Principal.credentialLabel()})
 * @param source the caller's address
 * @param outcome "ok" or the failure's gRPC code in lower case ("not_found")
 * @param changes changed fields and their new values; secrets already masked by the caller
 */
public record AuditEvent(Instant time, String actor, String credential, String source, String action,
                         String resource, String outcome, Map<String, String> changes) {
    public AuditEvent {
        requireNonNull(time, "time");
        requireNonNull(actor, "actor");
        requireNonNull(credential, "credential");
        requireNonNull(source, "source");
        requireNonNull(action, "action");
        requireNonNull(resource, "resource");
        requireNonNull(outcome, "outcome");
        changes = Map.copyOf(changes);
    }
}
