package dev.switchboard.server.provider;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.google.protobuf.Empty;


import dev.switchboard.server.alias.AliasAdmin;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.audit.AuditChanges;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.crypto.Secret;
import dev.switchboard.server.upstream.UpstreamCaller;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.UpstreamModel;
import dev.switchboard.v1.Alias;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.CreateAliasRequest;
import dev.switchboard.v1.CreateProviderRequest;
import dev.switchboard.v1.DeleteAliasRequest;
import dev.switchboard.v1.DeleteProviderRequest;
import dev.switchboard.v1.GetAliasRequest;
import dev.switchboard.v1.GetProviderRequest;
import dev.switchboard.v1.ListAliasesRequest;
import dev.switchboard.v1.ListAliasesResponse;
import dev.switchboard.v1.ListPresetsRequest;
import dev.switchboard.v1.ListPresetsResponse;
import dev.switchboard.v1.ListProviderModelsRequest;
import dev.switchboard.v1.ListProviderModelsResponse;
import dev.switchboard.v1.ListProvidersRequest;
import dev.switchboard.v1.ListProvidersResponse;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Provider;
import dev.switchboard.v1.ProviderAdminGrpc;
import dev.switchboard.v1.ProviderModel;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.RotateProviderKeyRequest;
import dev.switchboard.v1.TestProviderRequest;
import dev.switchboard.v1.TestProviderResponse;
import dev.switchboard.v1.UpdateAliasRequest;
import dev.switchboard.v1.UpdateProviderRequest;
import dev.switchboard.v1.UsageSummary;

import io.grpc.stub.StreamObserver;

/**
 * The {@code ProviderAdmin} service. It runs on the blocking task executor (it reads and writes
 * the database), and reloads the in-memory snapshot after every change.
 */
public final class ProviderAdminService extends ProviderAdminGrpc.ProviderAdminImplBase {
    static final int MAX_TEST_PROMPT = 30;

    private final ProviderStore store;
    private final ProviderRegistry registry;
    private final ProviderHealth health;
    private final ModelCatalog catalog;
    private final UpstreamCaller upstream;
    private final AliasAdmin aliases;
    private final Function<String, String> userNames;
    private final Function<String, String> userIds;
    private final AuditLog auditLog;
    private final ProviderUsage usage;

    /**
     * @param userNames a user's name by id, for showing a provider's owner
     * @param userIds a user's id by name (null if none), for an admin creating a provider for a user
     * @param usage the last 24 hours of usage that GetProvider and ListProviders show
     */
    public ProviderAdminService(ProviderStore store, ProviderRegistry registry, ProviderHealth health,
                                ModelCatalog catalog, UpstreamCaller upstream, AliasAdmin aliases,
                                Function<String, String> userNames, Function<String, String> userIds,
                                AuditLog auditLog, ProviderUsage usage) {
        this.usage = usage;
        this.userNames = userNames;
        this.userIds = userIds;
        this.store = store;
        this.registry = registry;
        this.health = health;
        this.catalog = catalog;
        this.upstream = upstream;
        this.aliases = aliases;
        this.auditLog = auditLog;
    }

    @Override
    public void createAlias(CreateAliasRequest req, StreamObserver<Alias> obs) {
        respond(obs, () -> auditLog.record("alias.create", "aliases/" + req.getAlias().getName(),
                                           AuditChanges::settable, () -> aliases.create(req.getAlias())));
    }

    @Override
    public void getAlias(GetAliasRequest req, StreamObserver<Alias> obs) {
        respond(obs, () -> aliases.get(req.getName()));
    }

    @Override
    public void listAliases(ListAliasesRequest req, StreamObserver<ListAliasesResponse> obs) {
        respond(obs, aliases::list);
    }

    @Override
    public void updateAlias(UpdateAliasRequest req, StreamObserver<Alias> obs) {
        respond(obs, () -> auditLog.record("alias.update", "aliases/" + req.getName(),
                                           a -> AuditChanges.fields(a, AliasAdmin.paths(req)),
                                           () -> aliases.update(req)));
    }

    @Override
    public void deleteAlias(DeleteAliasRequest req, StreamObserver<Empty> obs) {
        respond(obs, () -> auditLog.record("alias.delete", "aliases/" + req.getName(), e -> Map.of(), () -> {
            aliases.delete(req.getName());
            return Empty.getDefaultInstance();
        }));
    }

    /** A provider that aliases point at cannot disappear under them. */
    private void checkUnused(String provider, String action) {
        final List<String> users = aliases.usersOf(provider);
        if (!users.isEmpty()) {
            throw new GatewayException(ErrorKind.AMBIGUOUS, "provider_in_use", "cannot " + action + " provider '"
                                       + provider + "': aliases use it (" + String.join(", ", users) + ")");
        }
    }

    @Override
    public void createProvider(CreateProviderRequest req, StreamObserver<Provider> obs) {
        respond(obs, () -> auditLog.record("provider.create", "providers/" + req.getProvider().getName(),
                                           AuditChanges::settable, () -> {
            final Provider p = req.getProvider();
            final Principal who = Principal.current();
            // Admins and operators are trusted with the gateway's network unless they say otherwise;
            // a member's own provider never reaches it (checked at save and at every connection).
            final StoredProvider settings = ProviderInputs.forCreate(p, who.role().managesShared())
                                                          .withOwner(owner(p, who));
            final Secret key = p.getApiKey().isEmpty() ? null : ProviderInputs.apiKey(p.getApiKey(), "api_key");
            final StoredProvider stored = store.create(settings, key, ProviderInputs.secrets(p.getSecretHeadersMap()));
            registry.reload();
            return view(stored);
        }));
    }

    @Override
    public void getProvider(GetProviderRequest req, StreamObserver<Provider> obs) {
        respond(obs, () -> {
            final Provider p = view(find(req.getName()));
            return withUsage(List.of(p)).get(0);
        });
    }

    @Override
    public void listProviders(ListProvidersRequest req, StreamObserver<ListProvidersResponse> obs) {
        respond(obs, () -> {
            final ListProvidersResponse.Builder b = ListProvidersResponse.newBuilder();
            final Principal who = Principal.current();
            final List<Provider> visible = store.list().stream().filter(p -> who.canSee(p.ownerId()))
                                                .map(this::view).toList();
            return b.addAllProviders(withUsage(visible)).build();
        });
    }

    /** The providers with their last 24 hours of usage, read for all of them at once. */
    private List<Provider> withUsage(List<Provider> providers) {
        final Map<String, UsageSummary> summaries = usage.last24h(Principal.current(),
                                                                  providers.stream().map(Provider::getName).toList());
        return providers.stream().map(p -> {
            final UsageSummary s = summaries.get(p.getName());
            return s == null ? p : p.toBuilder().setUsage24H(s).build();
        }).toList();
    }

    @Override
    public void updateProvider(UpdateProviderRequest req, StreamObserver<Provider> obs) {
        respond(obs, () -> auditLog.record("provider.update", "providers/" + req.getName(),
                                           v -> AuditChanges.fields(v, updatePaths(req)), () -> {
            final Provider p = req.getProvider();
            final List<String> paths = updatePaths(req);
            if (paths.isEmpty()) {
                throw GatewayException.invalid("provider: nothing to update");
            }
            changeable(req.getName());
            if (paths.contains("name") && !p.getName().equals(req.getName())) {
                checkUnused(req.getName(), "rename");
            }
            final Map<String, String> secretHeaders = paths.contains("secret_headers")
                                                      ? p.getSecretHeadersMap() : Map.of();
            final Secret key = paths.contains("api_key") ? ProviderInputs.apiKey(p.getApiKey(), "api_key") : null;
            final StoredProvider updated = store.update(
                    req.getName(), cur -> ProviderInputs.applyMask(cur, p, paths, secretHeaders,
                                                       Principal.current().role().managesShared()),
                    paths.contains("secret_headers") ? ProviderInputs.secrets(secretHeaders) : null, key,
                    callerIsAdmin());
            health.forget(updated.id());
            registry.reload();
            return view(updated);
        }));
    }

    /** Who owns a new provider: the caller's own unless an admin names a user (the owner's name). */
    private String owner(Provider p, Principal who) {
        if (p.getOwner().isEmpty()) {
            return who.newOwner();
        }
        if (who.role() != dev.switchboard.server.auth.Role.ADMIN) {
            throw new GatewayException(ErrorKind.PERMISSION_DENIED, "permission_denied",
                                       "owner: only admins may create a provider for another user");
        }
        final String id = userIds.apply(p.getOwner());
        if (id == null) {
            throw GatewayException.invalid("owner: user '" + p.getOwner() + "' not found");
        }
        return id;
    }

    /** Only an admin's request may carry a provider's stored secrets to another origin. */
    private static boolean callerIsAdmin() {
        return Principal.current().role() == dev.switchboard.server.auth.Role.ADMIN;
    }

    @Override
    public void deleteProvider(DeleteProviderRequest req, StreamObserver<Empty> obs) {
        respond(obs, () -> auditLog.record("provider.delete", "providers/" + req.getName(), e -> Map.of(), () -> {
            final StoredProvider p = changeable(req.getName());
            checkUnused(p.name(), "delete");
            store.delete(p.name());
            health.forget(p.id());
            registry.reload();
            return Empty.getDefaultInstance();
        }));
    }

    @Override
    public void rotateProviderKey(RotateProviderKeyRequest req, StreamObserver<Provider> obs) {
        respond(obs, () -> auditLog.record("provider.rotate_key", "providers/" + req.getName(),
                                           v -> AuditChanges.fields(v, List.of("api_key")), () -> {
            changeable(req.getName());
            final StoredProvider p = store.rotateKey(req.getName(), ProviderInputs.apiKey(req.getApiKey(), "api_key"));
            health.forget(p.id());
            registry.reload();
            return view(p);
        }));
    }

    @Override
    public void listPresets(ListPresetsRequest req, StreamObserver<ListPresetsResponse> obs) {
        respond(obs, () -> ListPresetsResponse.newBuilder().addAllPresets(Presets.all()).build());
    }

    @Override
    public void listProviderModels(ListProviderModelsRequest req, StreamObserver<ListProviderModelsResponse> obs) {
        respond(obs, () -> {
            final List<UpstreamModel> models = catalog.refresh(runtime(req.getName())).join();
            final ListProviderModelsResponse.Builder b = ListProviderModelsResponse.newBuilder();
            for (UpstreamModel m : models) {
                final ProviderModel.Builder pm = ProviderModel.newBuilder().setId(m.id()).setCreated(m.created());
                if (m.ownedBy() != null) {
                    pm.setOwnedBy(m.ownedBy());
                }
                b.addModels(pm);
            }
            return b.build();
        });
    }

    @Override
    public void testProvider(TestProviderRequest req, StreamObserver<TestProviderResponse> obs) {
        respond(obs, () -> {
            if (req.getPrompt().length() > MAX_TEST_PROMPT) {
                throw GatewayException.invalid("prompt: " + req.getPrompt().length() + " characters (expected: <= "
                                               + MAX_TEST_PROMPT + ")");
            }
            final UpstreamProvider p = runtime(req.getName());
            final TestProviderResponse.Builder out = TestProviderResponse.newBuilder().setOk(true);
            long start = System.nanoTime();
            final List<UpstreamModel> models;
            try {
                models = catalog.refresh(p).join();
                out.setModelCount(models.size());
            } catch (RuntimeException e) {
                return failed(out, p, e, start);
            } finally {
                out.setLatency(ProviderViews.duration(Duration.ofNanos(System.nanoTime() - start)));
            }
            if (!req.getPrompt().isEmpty()) {
                final String model = !req.getModel().isEmpty() ? req.getModel()
                                     : models.isEmpty() ? "" : models.get(0).id();
                if (model.isEmpty()) {
                    return out.setOk(false).setError("the provider lists no model to send the prompt to").build();
                }
                out.setModel(model);
                start = System.nanoTime();
                try {
                    final ChatCompletionResponse res = upstream.complete(p, prompt(model, req.getPrompt()), model).join().response();
                    out.setReply(replyText(res));
                } catch (RuntimeException e) {
                    return failed(out, p, e, start);
                } finally {
                    out.setPromptLatency(ProviderViews.duration(Duration.ofNanos(System.nanoTime() - start)));
                }
            }
            health.succeeded(p);
            return out.build();
        });
    }

    private TestProviderResponse failed(TestProviderResponse.Builder out, UpstreamProvider p, RuntimeException e,
                                        long start) {
        final GatewayException ge = Errors.toGateway(e);
        health.failed(p, ge);
        return out.setOk(false).setError(ge.getMessage()).build();
    }

    private static ChatCompletionRequest prompt(String model, String text) {
        return ChatCompletionRequest.newBuilder()
                                    .setModel(model)
                                    .addMessages(Message.newBuilder().setRole(Role.ROLE_USER)
                                                        .addContent(ContentPart.newBuilder().setText(text)))
                                    .build();
    }

    private static String replyText(ChatCompletionResponse res) {
        if (res.getChoicesCount() == 0) {
            return "";
        }
        final StringBuilder sb = new StringBuilder();
        for (ContentPart part : res.getChoices(0).getMessage().getContentList()) {
            if (part.hasText()) {
                sb.append(part.getText());
            }
        }
        return sb.toString();
    }

    private static List<String> updatePaths(UpdateProviderRequest req) {
        return req.hasUpdateMask() && req.getUpdateMask().getPathsCount() > 0
               ? req.getUpdateMask().getPathsList() : ProviderInputs.impliedMask(req.getProvider());
    }

    /** The provider if the caller may see it; NOT_FOUND otherwise, so its existence does not leak. */
    private StoredProvider find(String name) {
        final StoredProvider p = store.find(name).orElseThrow(() -> notFound(name));
        if (!Principal.current().canSee(p.ownerId())) {
            throw notFound(name);
        }
        return p;
    }

    /** The provider if the caller may change it (PERMISSION_DENIED for a shared one they can only see). */
    private StoredProvider changeable(String name) {
        final StoredProvider p = find(name);
        if (!Principal.current().canChange(p.ownerId())) {
            throw new GatewayException(ErrorKind.PERMISSION_DENIED, "permission_denied",
                                       "provider '" + name + "' is shared: only admins and operators may change it");
        }
        return p;
    }

    private UpstreamProvider runtime(String name) {
        final UpstreamProvider p = registry.get(name);
        if (p == null || !Principal.current().canSee(p.ownerId())) {
            throw notFound(name);
        }
        return p;
    }

    private static GatewayException notFound(String name) {
        return GatewayException.notFound("provider_not_found", "provider '" + name + "' not found");
    }

    private Provider view(StoredProvider p) {
        Secret key = null;
        Map<String, Secret> secretHeaders = Map.of();
        try {
            key = store.apiKey(p);
            secretHeaders = store.secretHeaders(p);
        } catch (IllegalStateException e) {
            // Sealed for another origin (base_url edited in the database): listed without its
            // masked secrets, so the admin can still see it and set them again.
        }
        final Provider view = ProviderViews.toProto(p, key, secretHeaders, health.stateOf(p.id(), p.enabled()));
        return p.ownerId() == null ? view : view.toBuilder().setOwner(userNames.apply(p.ownerId())).build();
    }

    private <T> void respond(StreamObserver<T> obs, Supplier<T> action) {
        final T result;
        try {
            result = action.get();
        } catch (RuntimeException e) {
            // The snapshots are reloaded inside a change's transaction (which its audit entry
            // shares): when that transaction then rolls back, they must forget what they saw.
            registry.reload();
            aliases.reloadSnapshot();
            obs.onError(Errors.toGateway(e));
            return;
        }
        obs.onNext(result);
        obs.onCompleted();
    }
}
