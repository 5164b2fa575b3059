package dev.switchboard.server.oauth.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.linecorp.armeria.client.ClientFactory;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.util.SafeCloseable;
import com.linecorp.armeria.server.Server;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.access.AccessStore;
import dev.switchboard.server.access.Directory;
import dev.switchboard.server.access.UserRecord;
import dev.switchboard.server.auth.Credential;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.Role;
import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.testing.FakeIdp;
import dev.switchboard.server.testing.MutableClock;
import dev.switchboard.v1.Issuer;
import dev.switchboard.v1.UpdateIssuerRequest;

/**
 * The verifier against a fake IdP over real HTTP, a real database and Tink, with a clock the test
 * moves: acceptance and role mapping, key rotation and re-fetch spacing, every refusal.
 */
class ExternalTokensTest {
    static final String ISS = "https://sso.example.com/realms/corp";
    static final String AUD = "switchboard";

    @TempDir
    Path dataDir;
    Storage storage;
    ClientFactory factory;
    ExecutorService blocking;
    FakeIdp idp;
    MutableClock clock;
    AccessStore users;
    Directory directory;
    ExternalIssuers issuers;
    FakeIdp.Key keyA;

    @BeforeEach
    void start() {
        storage = Storage.open(dataDir, null);
        factory = ClientFactory.builder().connectTimeout(Duration.ofSeconds(2)).build();
        blocking = Executors.newFixedThreadPool(4);
        idp = new FakeIdp();
        clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
        users = new AccessStore(storage.jdbi(), clock);
        directory = new Directory(users);
        directory.reload();
        issuers = ExternalIssuers.open(storage.jdbi(), users, directory, factory, clock, blocking,
                                       new JwksSource.Timing(Duration.ofMinutes(1), Duration.ofSeconds(10),
                                                             Duration.ofHours(1), Duration.ofSeconds(2)));
        keyA = FakeIdp.rsa("key-a");
        idp.publish(List.of(keyA));
        issuers.admin().create(issuer().build());
    }

    @AfterEach
    void stop() {
        idp.close();
        factory.close();
        blocking.shutdownNow();
        storage.close();
    }

    Issuer.Builder issuer() {
        return Issuer.newBuilder().setName("corp").setIssuer(ISS).setJwksUrl(idp.jwksUrl()).setAudience(AUD)
                     .setRoleClaim("groups").putRoleMap("llm-users", "member").putRoleMap("platform", "operator")
                     .addAlgorithms("RS256").addAlgorithms("ES256");
    }

    Map<String, Object> claims(String sub, Object groups) {
        final Map<String, Object> c = new HashMap<>();
        c.put("iss", ISS);
        c.put("aud", AUD);
        c.put("sub", sub);
        c.put("iat", clock.instant().getEpochSecond());
        c.put("exp", clock.instant().plusSeconds(300).getEpochSecond());
        c.put("groups", groups);
        return c;
    }

    Map<String, Object> claims() {
        return claims("alice", List.of("llm-users"));
    }

    Map<String, Object> with(String claim, Object value) {
        final Map<String, Object> c = claims();
        c.put(claim, value);
        return c;
    }

    Principal verify(String token) throws Exception {
        return issuers.verifier().verify(token).get(10, TimeUnit.SECONDS);
    }

    @Test
    void acceptsATokenWithTheHighestMappedRoleAndProvisionsItsUser() throws Exception {
        final Principal p = verify(FakeIdp.token(keyA, claims("alice", List.of("llm-users", "platform", "x"))));

        assertThat(p).isNotNull();
        assertThat(p.userName()).isEqualTo("corp:alice");
        assertThat(p.role()).isEqualTo(Role.OPERATOR);
        assertThat(p.credential()).isEqualTo(Credential.EXTERNAL_TOKEN);
        assertThat(p.issuer()).isEqualTo("corp");
        assertThat(p.keyId()).isNull();
        assertThat(p.expires()).isEqualTo(clock.instant().plusSeconds(300));
        final UserRecord stored = users.userByName("corp:alice").orElseThrow();
        assertThat(stored.id()).isEqualTo(p.userId());
        assertThat(directory.active(p.userId())).isTrue();

        // Later tokens of the same subject are the same user, with the role their claims give now.
        final Principal again = verify(FakeIdp.token(keyA, claims("alice", "llm-users")));
        assertThat(again.userId()).isEqualTo(p.userId());
        assertThat(again.role()).isEqualTo(Role.MEMBER);
        assertThat(idp.jwksRequests()).isEqualTo(1);
    }

    @Test
    void acceptsEcKeysAudienceArraysNestedRoleClaimsAndNbfWithinTheLeeway() throws Exception {
        final FakeIdp.Key ec = FakeIdp.ec("key-ec");
        // Keycloak publishes its encryption key next to the signing keys; Microsoft leaves out alg.
        final ObjectNode enc = keyA.jwk().deepCopy().put("kid", "enc-1").put("use", "enc").put("alg", "RSA-OAEP");
        final ObjectNode noAlg = ec.jwk().deepCopy();
        noAlg.remove("alg");
        idp.publish(List.of(keyA), enc, noAlg);
        issuers.admin().update(UpdateIssuerRequest.newBuilder().setName("corp").setIssuer(
                Issuer.newBuilder().setRoleClaim("realm_access.roles")).build());

        final Map<String, Object> c = claims();
        c.remove("groups");
        c.put("realm_access", Map.of("roles", List.of("platform")));
        c.put("aud", List.of("account", AUD));
        c.put("nbf", clock.instant().plusSeconds(30).getEpochSecond());
        final Principal p = verify(FakeIdp.token(ec, c));

        assertThat(p).isNotNull();
        assertThat(p.role()).isEqualTo(Role.OPERATOR);
    }

    @Test
    void refusesWhatDoesNotVerify() throws Exception {
        final FakeIdp.Key stranger = FakeIdp.rsa("key-a");
        final String good = FakeIdp.token(keyA, claims());
        final String[] parts = good.split("\\.");
        final Map<String, String> refused = new LinkedHashMap<>();
        refused.put("wrong aud", FakeIdp.token(keyA, with("aud", "someone-else")));
        refused.put("wrong iss", FakeIdp.token(keyA, with("iss", "https://evil.example.com")));
        refused.put("no aud", FakeIdp.token(keyA, without("aud")));
        refused.put("no exp", FakeIdp.token(keyA, without("exp")));
        refused.put("expired beyond the leeway",
                    FakeIdp.token(keyA, with("exp", clock.instant().minusSeconds(61).getEpochSecond())));
        refused.put("nbf beyond the leeway",
                    FakeIdp.token(keyA, with("nbf", clock.instant().plusSeconds(120).getEpochSecond())));
        refused.put("alg none", FakeIdp.unsigned(claims()));
        refused.put("alg none with a signature", FakeIdp.unsigned(claims()) + parts[2]);
        refused.put("HS256 keyed with the public key", FakeIdp.hs256WithPublicKey(keyA, claims()));
        refused.put("forged signature: another key, the same kid", FakeIdp.token(stranger, claims()));
        refused.put("forged signature: a changed payload", parts[0] + '.'
                    + FakeIdp.token(keyA, claims("mallory", List.of("platform"))).split("\\.")[1] + '.' + parts[2]);
        refused.put("a kid the JWKS never has", FakeIdp.token(stranger, Map.of("kid", "key-z"), claims()));
        refused.put("alg outside the allow-list", FakeIdp.token(keyA, Map.of("alg", "RS512"), claims()));
        refused.put("no role maps and no default", FakeIdp.token(keyA, with("groups", List.of("sales"))));
        refused.put("role claim of the wrong type", FakeIdp.token(keyA, with("groups", Map.of("platform", true))));
        refused.put("no subject", FakeIdp.token(keyA, without("sub")));

        for (Map.Entry<String, String> e : refused.entrySet()) {
            assertThat(verify(e.getValue())).as(e.getKey()).isNull();
        }
        assertThat(verify(good)).as("the good token, for contrast").isNotNull();
        assertThat(users.userByName("corp:mallory")).isEmpty();
    }

    @Test
    void aVerificationThatWaitedCompletesOnTheRequestsEventLoop() throws Exception {
        final ServiceRequestContext ctx = ServiceRequestContext.of(HttpRequest.of(HttpMethod.GET, "/v1/models"));
        final CompletableFuture<Principal> p;
        try (SafeCloseable ignored = ctx.push()) {
            p = issuers.verifier().verify(FakeIdp.token(keyA, claims()));
        }
        final CompletableFuture<Boolean> onLoop = p.thenApply(x -> ctx.eventLoop().inEventLoop());
        assertThat(onLoop.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.get()).isNotNull();
    }

    @Test
    void anotherIssuersTokenIsNotOurs() throws Exception {
        assertThat(verify(FakeIdp.token(keyA, with("iss", "https://other.example.com")))).isNull();
        assertThat(verify("not.a.jwt")).isNull();
        assertThat(idp.jwksRequests()).isZero();
    }

    @Test
    void aDisallowedAlgIsRefusedBeforeAnyKeyIsFetched() throws Exception {
        assertThat(verify(FakeIdp.hs256WithPublicKey(keyA, claims()))).isNull();
        assertThat(verify(FakeIdp.unsigned(claims()))).isNull();
        assertThat(verify(FakeIdp.token(keyA, Map.of("alg", "PS256"), claims()))).isNull();
        assertThat(idp.jwksRequests()).isZero();
    }

    @Test
    void newKeysOfTheIdpWorkWithoutARestart() throws Exception {
        assertThat(verify(FakeIdp.token(keyA, claims()))).isNotNull();
        assertThat(idp.jwksRequests()).isEqualTo(1);

        // The IdP rolls over: a new key is published, then tokens are signed with it.
        final FakeIdp.Key keyB = FakeIdp.ec("key-b");
        idp.publish(List.of(keyA, keyB));
        clock.advance(Duration.ofMinutes(5));
        assertThat(verify(FakeIdp.token(keyB, claims()))).isNotNull();
        assertThat(idp.jwksRequests()).isEqualTo(2);

        // The old key retired: the cached set still verifies tokens signed before, no fetch needed.
        idp.publish(List.of(keyB));
        assertThat(verify(FakeIdp.token(keyB, claims("bob", "llm-users")))).isNotNull();
        assertThat(idp.jwksRequests()).isEqualTo(2);
    }

    @Test
    void cachedKeysAreRefreshedHourlySoAWithdrawnKeyStopsBeingTrusted() throws Exception {
        assertThat(verify(FakeIdp.token(keyA, claims()))).isNotNull();
        final FakeIdp.Key keyB = FakeIdp.rsa("key-b");
        idp.publish(List.of(keyB));
        clock.advance(Duration.ofMinutes(61));

        // The stale set still answers while it is refreshed in the background.
        assertThat(verify(FakeIdp.token(keyA, claims()))).isNotNull();
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Principal withdrawn = verify(FakeIdp.token(keyA, claims("bob", "llm-users")));
        while (withdrawn != null && System.nanoTime() < deadline) {
            Thread.sleep(50);
            withdrawn = verify(FakeIdp.token(keyA, claims("bob", "llm-users")));
        }
        assertThat(withdrawn).isNull();
        assertThat(idp.jwksRequests()).isEqualTo(2);
        assertThat(verify(FakeIdp.token(keyB, claims()))).isNotNull();
    }

    @Test
    void aFloodOfUnknownKidsFetchesAtMostOnceAMinute() throws Exception {
        assertThat(verify(FakeIdp.token(keyA, claims()))).isNotNull();
        clock.advance(Duration.ofMinutes(2));
        final FakeIdp.Key attacker = FakeIdp.rsa("unused");
        final List<CompletableFuture<Principal>> flood = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            flood.add(issuers.verifier().verify(FakeIdp.token(attacker, Map.of("kid", "made-up-" + i), claims())));
        }
        for (CompletableFuture<Principal> f : flood) {
            assertThat(f.get(10, TimeUnit.SECONDS)).isNull();
        }
        assertThat(idp.jwksRequests()).isEqualTo(2);

        // A real new key within the same minute waits for the spacing too, then works.
        final FakeIdp.Key keyB = FakeIdp.rsa("key-b");
        idp.publish(List.of(keyA, keyB));
        clock.advance(Duration.ofSeconds(30));
        assertThat(verify(FakeIdp.token(keyB, claims()))).isNull();
        assertThat(idp.jwksRequests()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(31));
        assertThat(verify(FakeIdp.token(keyB, claims()))).isNotNull();
        assertThat(idp.jwksRequests()).isEqualTo(3);
    }

    @Test
    void anIdpThatIsDownIsRefusedPromptly() throws Exception {
        idp.down(true);
        final long start = System.nanoTime();
        assertThat(verify(FakeIdp.token(keyA, claims()))).isNull();
        idp.close();
        final String unreachable = FakeIdp.token(keyA, claims());
        clock.advance(Duration.ofSeconds(11));
        assertThat(verify(unreachable)).isNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(idp.jwksRequests()).isEqualTo(1);
    }

    @Test
    void aJwksThatHangsIsRefusedWithinTheTimeout() throws Exception {
        final Server silent = Server.builder().http(0).requestTimeout(Duration.ZERO)
                                    .service("/certs", (ctx, req) -> HttpResponse.streaming())
                                    .build();
        silent.start().join();
        try {
            issuers.admin().update(UpdateIssuerRequest.newBuilder().setName("corp").setIssuer(
                    Issuer.newBuilder().setJwksUrl("http://127.0.0.1:" + silent.activeLocalPort() + "/certs"))
                                                                         .build());
            final long start = System.nanoTime();
            assertThat(verify(FakeIdp.token(keyA, claims()))).isNull();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        } finally {
            silent.stop().join();
        }
    }

    @Test
    void concurrentFirstRequestsMakeOneUser() throws Exception {
        final List<CompletableFuture<Principal>> first = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            final Map<String, Object> c = claims("carol", "llm-users");
            c.put("jti", "t" + i);
            first.add(issuers.verifier().verify(FakeIdp.token(keyA, c)));
        }
        final String id = first.get(0).get(10, TimeUnit.SECONDS).userId();
        for (CompletableFuture<Principal> f : first) {
            assertThat(f.get(10, TimeUnit.SECONDS).userId()).isEqualTo(id);
        }
        assertThat(users.users()).filteredOn(u -> u.name().equals("corp:carol")).hasSize(1);
    }

    @Test
    void aDisabledUserIsRefused() throws Exception {
        assertThat(verify(FakeIdp.token(keyA, claims()))).isNotNull();
        users.updateUser("corp:alice", u -> new UserRecord(u.id(), u.name(), u.email(), u.role(), true,
                                                           u.createTime(), u.updateTime()));
        directory.reload();
        assertThat(verify(FakeIdp.token(keyA, claims()))).isNull();
    }

    @Test
    void aDeletedIssuersTokensStopAtOnce() throws Exception {
        final String token = FakeIdp.token(keyA, claims());
        assertThat(verify(token)).isNotNull();
        issuers.admin().delete("corp");
        assertThat(verify(token)).isNull();
    }

    Map<String, Object> without(String claim) {
        final Map<String, Object> c = claims();
        c.remove(claim);
        return c;
    }
}
