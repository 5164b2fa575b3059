package dev.switchboard.server.limits;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.google.protobuf.Empty;

import dev.switchboard.server.audit.AuditChanges;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.Role;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.DeleteLimitsRequest;
import dev.switchboard.v1.GetLimitsRequest;
import dev.switchboard.v1.LimitAdminGrpc;
import dev.switchboard.v1.LimitPolicy;
import dev.switchboard.v1.LimitStatus;
import dev.switchboard.v1.ListLimitsRequest;
import dev.switchboard.v1.ListLimitsResponse;
import dev.switchboard.v1.SetLimitsRequest;

import io.grpc.stub.StreamObserver;

/**
 * The LimitAdmin RPCs: validates and stores policies (audited, in the change's transaction), reloads
 * the limiter's snapshot once the change is committed (reloaded inside the transaction, a periodic
 * reload racing it could put back the state before the commit), and reports where a subject stands from its live state. A member
 * sees only their own user's and keys' limits; anything else is NOT_FOUND to them, as if unset.
 * Blocking (database): runs on the blocking executor.
 */
public final class LimitAdminService extends LimitAdminGrpc.LimitAdminImplBase {
    private final GatewayLimiter limiter;
    private final LimitStore store;
    private final Predicate<String> providers;
    private final Function<String, String> userIds;
    private final Function<String, String> userNames;
    private final AuditLog auditLog;

    /**
     * @param providers whether a provider of that name exists
     * @param userIds a user's id by name, or null
     * @param userNames a user's name by id (the id for a user that is gone)
     */
    public LimitAdminService(GatewayLimiter limiter, Predicate<String> providers, Function<String, String> userIds,
                             Function<String, String> userNames, AuditLog auditLog) {
        this.limiter = limiter;
        store = limiter.store();
        this.providers = providers;
        this.userIds = userIds;
        this.userNames = userNames;
        this.auditLog = auditLog;
    }

    @Override
    public void setLimits(SetLimitsRequest req, StreamObserver<LimitPolicy> obs) {
        respond(obs, () -> {
            final Subject s = resolve(req.getScope(), req.getSubject());
            final Policy p = auditLog.record("limits.set", "limits/" + s.scope().wire() + '/' + req.getSubject(),
                                             set -> AuditChanges.settable(LimitViews.view(
                                                     set, req.getSubject(), LimitStatus.getDefaultInstance())),
                                             () -> {
                                                 final Policy set = LimitViews.policy(s, req.getPolicy(),
                                                                                      limiter.nowMillis());
                                                 store.put(set);
                                                 return set;
                                             });
            limiter.reload();
            return view(p);
        });
    }

    @Override
    public void getLimits(GetLimitsRequest req, StreamObserver<LimitPolicy> obs) {
        respond(obs, () -> {
            final Subject s = resolve(req.getScope(), req.getSubject());
            return store.find(s).filter(this::visible).map(this::view).orElseThrow(() -> none(s, req.getSubject()));
        });
    }

    @Override
    public void listLimits(ListLimitsRequest req, StreamObserver<ListLimitsResponse> obs) {
        respond(obs, () -> {
            final Scope only = req.getScope().isEmpty() ? null : Scope.of(req.getScope());
            final List<LimitPolicy> out = store.list().stream()
                                               .filter(p -> only == null || p.subject().scope() == only)
                                               .filter(this::visible)
                                               .map(this::view)
                                               .sorted(Comparator.comparing(LimitPolicy::getScope)
                                                                 .thenComparing(LimitPolicy::getSubject))
                                               .toList();
            return ListLimitsResponse.newBuilder().addAllPolicies(out).build();
        });
    }

    @Override
    public void deleteLimits(DeleteLimitsRequest req, StreamObserver<Empty> obs) {
        respond(obs, () -> {
            final Subject s = resolve(req.getScope(), req.getSubject());
            auditLog.record("limits.delete", "limits/" + s.scope().wire() + '/' + req.getSubject(),
                            e -> Map.of(), () -> {
                                if (!store.delete(s)) {
                                    throw none(s, req.getSubject());
                                }
                                return Empty.getDefaultInstance();
                            });
            limiter.reload();
            return Empty.getDefaultInstance();
        });
    }

    /** The stored subject for the API's: a user's id for their name; every subject checked to exist. */
    private Subject resolve(String scopeName, String subject) {
        final Scope scope = Scope.of(scopeName);
        if (subject.isEmpty()) {
            throw GatewayException.invalid("subject: empty (expected: " + expected(scope) + ')');
        }
        switch (scope) {
            case GLOBAL -> {
                if (!Scope.ALL.equals(subject)) {
                    throw GatewayException.invalid("subject: '" + subject + "' (expected: all)");
                }
            }
            case USER -> {
                final String id = userIds.apply(subject);
                if (id == null) {
                    throw GatewayException.notFound("user_not_found", "user '" + subject + "' not found");
                }
                return new Subject(scope, id);
            }
            case KEY -> {
                if (store.keyOwner(subject) == null) {
                    throw GatewayException.notFound("key_not_found", "key '" + subject + "' not found");
                }
            }
            case PROVIDER -> provider(subject);
            case MODEL -> {
                final int slash = subject.indexOf('/');
                if (slash <= 0 || slash == subject.length() - 1) {
                    throw GatewayException.invalid("subject: '" + subject + "' (expected: provider/model)");
                }
                provider(subject.substring(0, slash));
            }
        }
        return new Subject(scope, subject);
    }

    private void provider(String name) {
        if (!providers.test(name)) {
            throw GatewayException.notFound("provider_not_found", "provider '" + name + "' not found");
        }
    }

    private static String expected(Scope scope) {
        return switch (scope) {
            case GLOBAL -> "all";
            case USER -> "a user's name";
            case KEY -> "a key's id";
            case PROVIDER -> "a provider's name";
            case MODEL -> "provider/model";
        };
    }

    /** A member sees their own user's and keys' limits only. */
    private boolean visible(Policy p) {
        final Principal who = Principal.current();
        if (who.role() != Role.MEMBER) {
            return true;
        }
        final Subject s = p.subject();
        return s.scope() == Scope.USER && s.id().equals(who.userId())
               || s.scope() == Scope.KEY && who.userId().equals(store.keyOwner(s.id()));
    }

    private LimitPolicy view(Policy p) {
        final Subject s = p.subject();
        final String shown = s.scope() == Scope.USER ? userNames.apply(s.id()) : s.id();
        final Live live = limiter.live(s);
        // Just deleted, or set by another replica since the last reload: no live state to show.
        final LimitStatus status = live == null ? LimitStatus.getDefaultInstance()
                                        : LimitViews.status(live, limiter.nowMillis());
        return LimitViews.view(p, shown, status);
    }

    private static GatewayException none(Subject s, String shown) {
        return GatewayException.notFound("limits_not_found", "no limits set for " + s.scope().wire() + " '"
                                                             + shown + '\'');
    }

    private <T> void respond(StreamObserver<T> obs, Supplier<T> action) {
        final T result;
        try {
            result = action.get();
        } catch (RuntimeException e) {
            obs.onError(Errors.toGateway(e));
            return;
        }
        obs.onNext(result);
        obs.onCompleted();
    }
}
