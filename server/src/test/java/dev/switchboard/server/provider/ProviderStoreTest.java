package dev.switchboard.server.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jdbi.v3.core.statement.StatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.switchboard.server.crypto.Secret;
import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.testing.MutableClock;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

class ProviderStoreTest {
    private static final Instant T0 = Instant.parse("2025-01-02T03:04:05.678Z");
    private static final Secret KEY = Secret.of("sk-original-key-1111");

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(T0);
    private Storage storage;
    private ProviderStore store;

    @BeforeEach
    void openStorage() {
        storage = Storage.open(dataDir, null);
        store = new ProviderStore(storage.jdbi(), storage.sealer(), clock);
    }

    @AfterEach
    void closeStorage() {
        storage.close();
    }

    @Test
    void createsAProviderThatIsFoundWithItsSecrets() {
        final StoredProvider created =
                store.create(spec("openai"), KEY, Map.of("X-Org-Token", Secret.of("org-token-2222")));

        assertThat(UUID.fromString(created.id())).isNotNull();
        assertThat(created.createTime()).isEqualTo(T0);
        assertThat(created.updateTime()).isEqualTo(T0);
        final StoredProvider found = store.find("openai").orElseThrow();
        assertThat(found).isEqualTo(created);
        assertThat(settings(found)).isEqualTo(spec("openai"));
        assertThat(store.apiKey(found).reveal()).isEqualTo("sk-original-key-1111");
        assertThat(store.secretHeaders(found).get("X-Org-Token").reveal()).isEqualTo("org-token-2222");
        assertThat(found.toString()).doesNotContain("original-key", "org-token", found.apiKeySealed(),
                                                    found.secretHeadersSealed());
        assertThat(store.apiKey(found).toString()).doesNotContain("original-key").contains("****1111");
    }

    @Test
    void createsAProviderWithoutSecrets() {
        store.create(spec("ollama"), null, Map.of());

        final StoredProvider found = store.find("ollama").orElseThrow();
        assertThat(store.apiKey(found)).isNull();
        assertThat(store.secretHeaders(found)).isEmpty();
    }

    @Test
    void findsNothingForAnUnknownName() {
        store.create(spec("openai"), KEY, Map.of());

        assertThat(store.find("anthropic")).isEmpty();
        assertThat(store.find("OPENAI")).isEmpty();
    }

    @Test
    void listsProvidersOrderedByName() {
        for (String name : List.of("zeta", "beta", "alpha", "Gamma")) {
            store.create(spec(name), KEY, Map.of());
        }

        assertThat(store.list()).extracting(StoredProvider::name).containsExactly("Gamma", "alpha", "beta", "zeta");
        assertThat(store.list()).allSatisfy(provider -> assertThat(store.apiKey(provider)).isEqualTo(KEY));
    }

    @Test
    void aTakenNameIsAlreadyExistsAndLeavesTheExistingProviderAsItWas() {
        final StoredProvider existing = store.create(spec("openai"), KEY, Map.of("X-A", Secret.of("a-secret")));
        clock.advance(Duration.ofMinutes(1));

        assertThatThrownBy(() -> store.create(spec("openai").withBaseUrl("https://evil.test"),
                                              Secret.of("sk-intruder-9999"), Map.of()))
                .isInstanceOfSatisfying(GatewayException.class,
                                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.ALREADY_EXISTS))
                .hasMessage("provider 'openai' already exists");

        assertThat(store.find("openai")).contains(existing);
        assertThat(store.list()).hasSize(1);
    }

    @Test
    void updateChangesTheSpecAndKeepsIdKeySecretsAndCreateTime() {
        final StoredProvider created = store.create(spec("openai"), KEY, Map.of("X-A", Secret.of("a-secret")));
        clock.advance(Duration.ofSeconds(90));

        final StoredProvider updated = store.update(
                "openai", spec -> spec.withBaseUrl("https://proxy.test/v1").withEnabled(false)
                                      .withHeaders(Map.of("X-Team", "ml")), null, null, true);

        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(settings(updated)).isEqualTo(spec("openai").withBaseUrl("https://proxy.test/v1").withEnabled(false)
                                                              .withHeaders(Map.of("X-Team", "ml")));
        assertThat(store.apiKey(updated)).isEqualTo(KEY);
        assertThat(store.secretHeaders(updated)).isEqualTo(Map.of("X-A", Secret.of("a-secret")));
        assertThat(updated.createTime()).isEqualTo(T0);
        assertThat(updated.updateTime()).isEqualTo(T0.plusSeconds(90));
        assertThat(store.find("openai")).contains(updated);
    }

    @Test
    void updateReplacesSecretHeadersOnlyWhenGiven() {
        store.create(spec("openai"), KEY, Map.of("X-A", Secret.of("a-secret")));

        store.update("openai", spec -> spec, Map.of("X-B", Secret.of("b-secret")), null, false);
        assertThat(store.secretHeaders(store.find("openai").orElseThrow()))
                .isEqualTo(Map.of("X-B", Secret.of("b-secret")));

        store.update("openai", spec -> spec.withTimeout(Duration.ofSeconds(5)), null, null, false);
        assertThat(store.secretHeaders(store.find("openai").orElseThrow()))
                .isEqualTo(Map.of("X-B", Secret.of("b-secret")));

        store.update("openai", spec -> spec, Map.of(), null, false);
        assertThat(store.secretHeaders(store.find("openai").orElseThrow())).isEmpty();
    }

    @Test
    void renameKeepsTheIdAndFreesTheOldName() {
        final StoredProvider created = store.create(spec("openai"), KEY, Map.of());

        store.update("openai", spec -> spec.withName("openai-eu"), null, null, false);

        assertThat(store.find("openai")).isEmpty();
        assertThat(store.find("openai-eu").orElseThrow().id()).isEqualTo(created.id());
        assertThat(store.apiKey(store.find("openai-eu").orElseThrow())).isEqualTo(KEY);
    }

    @Test
    void renameOntoATakenNameIsAlreadyExistsAndChangesNothing() {
        final StoredProvider openai = store.create(spec("openai"), KEY, Map.of());
        final StoredProvider groq = store.create(spec("groq"), Secret.of("gsk-5555"), Map.of());
        clock.advance(Duration.ofMinutes(1));

        assertThatThrownBy(() -> store.update("groq", spec -> spec.withName("openai").withBaseUrl("https://x.test"),
                                              null, null, true))
                .isInstanceOfSatisfying(GatewayException.class,
                                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.ALREADY_EXISTS))
                .hasMessage("provider 'openai' already exists");

        assertThat(store.list()).containsExactly(groq, openai);
    }

    @Test
    void updatingAMissingProviderIsNotFound() {
        assertThatThrownBy(() -> store.update("ghost", spec -> spec, null, null, false))
                .isInstanceOfSatisfying(GatewayException.class,
                                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND))
                .hasMessage("provider 'ghost' not found");
        assertThatThrownBy(() -> store.rotateKey("ghost", KEY))
                .isInstanceOfSatisfying(GatewayException.class,
                                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
        assertThat(store.list()).isEmpty();
    }

    @Test
    void rotateKeyReplacesOnlyTheKey() {
        final StoredProvider created = store.create(spec("openai"), KEY, Map.of("X-A", Secret.of("a-secret")));
        clock.advance(Duration.ofHours(1));

        final StoredProvider rotated = store.rotateKey("openai", Secret.of("sk-rotated-key-3333"));

        assertThat(store.apiKey(rotated).reveal()).isEqualTo("sk-rotated-key-3333");
        assertThat(rotated.updateTime()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(rotated.id()).isEqualTo(created.id());
        assertThat(settings(rotated)).isEqualTo(settings(created));
        assertThat(store.secretHeaders(rotated)).isEqualTo(store.secretHeaders(created));
        assertThat(store.find("openai")).contains(rotated);
    }

    @Test
    void deleteRemovesOnlyTheNamedProvider() {
        store.create(spec("openai"), KEY, Map.of());
        store.create(spec("groq"), KEY, Map.of());

        assertThat(store.delete("openai")).isTrue();
        assertThat(store.delete("openai")).isFalse();
        assertThat(store.find("openai")).isEmpty();
        assertThat(store.list()).extracting(StoredProvider::name).containsExactly("groq");
        // The name is free again.
        assertThat(store.create(spec("openai"), KEY, Map.of()).name()).isEqualTo("openai");
    }

    @Test
    void secretsAreSealedWithTheProviderIdAndOriginAsAssociatedData() {
        final StoredProvider created = store.create(spec("openai"), KEY, Map.of("X-A", Secret.of("a-secret")));

        final Map<String, Object> row = storage.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT api_key_sealed, secret_headers_sealed FROM providers").mapToMap().one());
        final String sealedKey = (String) row.get("api_key_sealed");
        final String sealedHeaders = (String) row.get("secret_headers_sealed");
        assertThat(sealedKey).doesNotContain("original");
        final String origin = "https://api.openai.com:443";
        assertThat(created.baseUrl()).startsWith("https://api.openai.com/");
        assertThat(storage.sealer().openText(sealedKey, created.id() + "|" + origin)).isEqualTo(KEY.reveal());
        assertThat(storage.sealer().openText(sealedHeaders, created.id() + "|" + origin + ":headers"))
                .isEqualTo("{\"X-A\":\"a-secret\"}");
    }

    @Test
    void theOriginIsSchemeHostAndExplicitPort() {
        assertThat(ProviderStore.origin("https://API.OpenAI.com/v1")).isEqualTo("https://api.openai.com:443");
        assertThat(ProviderStore.origin("https://api.openai.com:443")).isEqualTo("https://api.openai.com:443");
        assertThat(ProviderStore.origin("http://localhost/v1")).isEqualTo("http://localhost:80");
        assertThat(ProviderStore.origin("http://127.0.0.1:11434/v1")).isEqualTo("http://127.0.0.1:11434");
        assertThat(ProviderStore.origin("http://[::1]:8080")).isEqualTo("http://[::1]:8080");
    }

    @Test
    void movingToAnotherOriginWithoutTheKeyIsRefusedAndChangesNothing() {
        final StoredProvider created = store.create(spec("openai"), KEY, Map.of());

        assertThatThrownBy(() -> store.update("openai", spec -> spec.withBaseUrl("https://collector.test/v1"),
                                              null, null, false))
                .isInstanceOfSatisfying(GatewayException.class,
                                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.PERMISSION_DENIED))
                .hasMessage("changing base_url to another origin needs api_key in the same request");

        assertThat(store.find("openai")).contains(created);
    }

    @Test
    void movingSecretHeadersToAnotherOriginNeedsThemInTheRequestToo() {
        final StoredProvider created = store.create(spec("openai"), KEY, Map.of("X-A", Secret.of("a-secret")));

        assertThatThrownBy(() -> store.update("openai", spec -> spec.withBaseUrl("https://collector.test/v1"),
                                              null, Secret.of("sk-new-key-7777"), false))
                .isInstanceOfSatisfying(GatewayException.class,
                                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.PERMISSION_DENIED))
                .hasMessage("changing base_url to another origin needs secret_headers in the same request");
        assertThat(store.find("openai")).contains(created);

        final StoredProvider moved = store.update("openai", spec -> spec.withBaseUrl("https://collector.test/v1"),
                                                  Map.of("X-B", Secret.of("b-secret")), Secret.of("sk-new-key-7777"),
                                                  false);
        assertThat(store.apiKey(moved).reveal()).isEqualTo("sk-new-key-7777");
        assertThat(store.secretHeaders(moved)).isEqualTo(Map.of("X-B", Secret.of("b-secret")));
    }

    @Test
    void aKeySentWithTheMoveIsSealedForTheNewOrigin() {
        final StoredProvider created = store.create(spec("openai"), KEY, Map.of());

        final StoredProvider moved = store.update("openai", spec -> spec.withBaseUrl("https://proxy.test/v1"),
                                                  null, Secret.of("sk-proxy-key-8888"), false);

        assertThat(store.apiKey(moved).reveal()).isEqualTo("sk-proxy-key-8888");
        assertThat(storage.sealer().openText(moved.apiKeySealed(), created.id() + "|https://proxy.test:443"))
                .isEqualTo("sk-proxy-key-8888");
    }

    @Test
    void anAdminMovesTheKeptSecretsSealingThemForTheNewOrigin() {
        final StoredProvider created = store.create(spec("openai"), KEY, Map.of("X-A", Secret.of("a-secret")));

        final StoredProvider moved = store.update("openai", spec -> spec.withBaseUrl("http://10.0.0.5:8000/v1"),
                                                  null, null, true);

        assertThat(store.apiKey(moved)).isEqualTo(KEY);
        assertThat(store.secretHeaders(moved)).isEqualTo(Map.of("X-A", Secret.of("a-secret")));
        assertThat(moved.apiKeySealed()).isNotEqualTo(created.apiKeySealed());
        assertThatThrownBy(() -> storage.sealer().openText(moved.apiKeySealed(),
                                                           created.id() + "|https://api.openai.com:443"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aChangeWithinTheOriginKeepsTheSealedValuesAsTheyAre() {
        final StoredProvider created = store.create(spec("openai"), KEY, Map.of("X-A", Secret.of("a-secret")));

        final StoredProvider updated = store.update(
                "openai", spec -> spec.withBaseUrl("https://API.openai.com:443/v2"), null, null, false);

        assertThat(updated.apiKeySealed()).isEqualTo(created.apiKeySealed());
        assertThat(updated.secretHeadersSealed()).isEqualTo(created.secretHeadersSealed());
        assertThat(store.apiKey(updated)).isEqualTo(KEY);
    }

    @Test
    void aBaseUrlEditedInTheDatabaseDoesNotOpenTheKey() {
        store.create(spec("openai"), KEY, Map.of("X-A", Secret.of("a-secret")));
        storage.jdbi().useHandle(handle -> handle.execute(
                "UPDATE providers SET base_url = 'https://collector.test/v1' WHERE name = 'openai'"));

        final StoredProvider edited = store.find("openai").orElseThrow();
        assertThatThrownBy(() -> store.apiKey(edited))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("sealed secrets of provider 'openai'")
                .hasMessageNotContaining("original-key");
        assertThatThrownBy(() -> store.secretHeaders(edited)).isInstanceOf(IllegalStateException.class);
        // Nor does an admin's move carry it on: it cannot be opened to be sealed again.
        assertThatThrownBy(() -> store.update("openai", spec -> spec.withBaseUrl("https://other.test"), null, null,
                                              true))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rowsSealedWithTheIdAloneAreBoundToTheirOriginOnce() {
        final StoredProvider openai = store.create(spec("openai"), KEY, Map.of("X-A", Secret.of("a-secret")));
        final StoredProvider bare = store.create(spec("bare"), null, Map.of());
        sealTheOldWay(openai.id(), KEY.reveal(), "{\"X-A\":\"a-secret\"}");

        assertThat(store.bindSecretsToOrigins()).isEqualTo(1);

        final StoredProvider bound = store.find("openai").orElseThrow();
        assertThat(store.apiKey(bound)).isEqualTo(KEY);
        assertThat(store.secretHeaders(bound)).isEqualTo(Map.of("X-A", Secret.of("a-secret")));
        assertThat(bound.updateTime()).isEqualTo(openai.updateTime());
        assertThat(store.find("bare")).contains(bare);
        assertThat(store.bindSecretsToOrigins()).isZero();
        assertThat(store.find("openai")).contains(bound);

        // Done once: a value sealed the old way put back later (an old backup's row, its base_url
        // edited) is never bound again.
        sealTheOldWay(openai.id(), KEY.reveal(), "{\"X-A\":\"a-secret\"}");
        storage.jdbi().useHandle(handle -> handle.execute(
                "UPDATE providers SET base_url = 'https://collector.test/v1' WHERE name = 'openai'"));
        assertThat(new ProviderStore(storage.jdbi(), storage.sealer(), clock).bindSecretsToOrigins()).isZero();
        assertThatThrownBy(() -> store.apiKey(store.find("openai").orElseThrow()))
                .isInstanceOf(IllegalStateException.class);
    }

    private void sealTheOldWay(String id, String key, String headersJson) {
        storage.jdbi().useHandle(handle -> handle.createUpdate(
                        "UPDATE providers SET api_key_sealed = :key, secret_headers_sealed = :headers WHERE id = :id")
                .bind("key", storage.sealer().sealText(key, id))
                .bind("headers", storage.sealer().sealText(headersJson, id + ":headers"))
                .bind("id", id)
                .execute());
    }

    @Test
    void aKeyCopiedToAnotherProviderDoesNotOpen() {
        store.create(spec("openai"), KEY, Map.of());
        store.create(spec("groq"), Secret.of("gsk-5555"), Map.of());
        storage.jdbi().useHandle(handle -> handle.execute(
                "UPDATE providers SET api_key_sealed = (SELECT api_key_sealed FROM providers WHERE name = 'openai') "
                + "WHERE name = 'groq'"));

        final StoredProvider groq = store.find("groq").orElseThrow();
        assertThatThrownBy(() -> store.apiKey(groq))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("sealed secrets of provider 'groq'")
                .hasMessageNotContaining("original-key")
                .hasMessageNotContaining("gsk-5555");
    }

    @Test
    void otherDatabaseErrorsPropagateUnchanged() {
        storage.jdbi().useHandle(handle -> handle.execute("DROP TABLE providers"));

        assertThatThrownBy(() -> store.create(spec("openai"), KEY, Map.of()))
                .isInstanceOf(StatementException.class)
                .hasMessageContaining("no such table");
    }

    @Test
    void concurrentWritersDoNotFailWithBusyErrors() throws Exception {
        final ProviderStore realClock = new ProviderStore(storage.jdbi(), storage.sealer());
        final ExecutorService executor = Executors.newFixedThreadPool(8);
        try {
            final List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                final int thread = t;
                futures.add(executor.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        final String name = "p" + thread + "-" + i;
                        realClock.create(spec(name), KEY, Map.of());
                        realClock.update(name, spec -> spec.withEnabled(false), null, null, false);
                        realClock.rotateKey(name, Secret.of("sk-" + name));
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            executor.shutdownNow();
        }

        assertThat(store.list()).hasSize(40).allSatisfy(provider -> {
            assertThat(provider.enabled()).isFalse();
            assertThat(store.apiKey(provider).reveal()).isEqualTo("sk-" + provider.name());
        });
    }

    private static StoredProvider spec(String name) {
        return StoredProvider.unsaved(name, "openai", "openai", "https://api.openai.com/v1", Map.of("X-Visible", "v"),
                                      Duration.ofSeconds(120), true, Duration.ofSeconds(10), Duration.ZERO,
                                      Duration.ofSeconds(60));
    }

    /** The settings alone: what {@link #spec} describes, without what the store added. */
    private static StoredProvider settings(StoredProvider p) {
        return StoredProvider.unsaved(p.name(), p.preset(), p.apiFormat(), p.baseUrl(), p.headers(), p.timeout(),
                                      p.enabled(), p.connectTimeout(), p.firstTokenTimeout(), p.healthCheckInterval());
    }
}
