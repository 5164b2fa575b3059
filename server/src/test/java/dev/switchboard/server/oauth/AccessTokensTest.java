package dev.switchboard.server.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.jwt.RawJwt;

import dev.switchboard.server.access.AccessStore;
import dev.switchboard.server.access.Directory;
import dev.switchboard.server.access.UserRecord;
import dev.switchboard.server.auth.Credential;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.Role;
import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.testing.MutableClock;

/**
 * The gateway's own access tokens signed with its real keyset and checked by its verifier under a
 * clock the test moves: claims, expiry, audience, issuer, type, roles after a demotion, and the
 * signing key rotation (tokens signed before stay valid; old keys leave only when no token can
 * need them).
 */
class AccessTokensTest {
    static final String ISSUER = "https://gw.example.test";
    static final Duration TTL = Duration.ofMinutes(15);
    static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path dataDir;
    Storage storage;
    MutableClock clock;
    ScheduledExecutorService background;
    AccessStore store;
    Directory directory;
    SigningKeys keys;
    AccessTokens tokens;
    UserRecord alice;

    @BeforeEach
    void open() {
        storage = Storage.open(dataDir, null);
        clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        background = Executors.newSingleThreadScheduledExecutor();
        store = new AccessStore(storage.jdbi(), clock);
        alice = store.createUser("alice", null, Role.OPERATOR);
        directory = new Directory(store);
        directory.reload();
        keys = SigningKeys.open(storage.jdbi(), storage.sealer(), clock, TTL.plus(AccessTokens.CLOCK_SKEW), background);
        tokens = new AccessTokens(keys, new PublicUrl(ISSUER), directory, clock, TTL);
    }

    @AfterEach
    void close() {
        keys.close();
        background.shutdownNow();
        storage.close();
    }

    private Principal verify(String token) {
        return tokens.verify(token).join();
    }

    private RawJwt.Builder claims() {
        final Instant now = clock.instant();
        return RawJwt.newBuilder().setTypeHeader(AccessTokens.TYPE).setIssuer(ISSUER).setSubject(alice.id())
                     .setAudience(AccessTokens.AUDIENCE).setIssuedAt(now).setExpiration(now.plus(TTL))
                     .setJwtId("j1").addStringClaim("scope", "operator");
    }

    @Test
    void anIssuedTokenCarriesTheClaimsAndVerifiesAsTheUser() throws Exception {
        final AccessTokens.Issued issued = tokens.issue(alice, Role.OPERATOR, "sbc-client", List.of("local/*"), null);

        final String[] parts = issued.token().split("\\.");
        final JsonNode header = mapper.readTree(java.util.Base64.getUrlDecoder().decode(parts[0]));
        final JsonNode payload = mapper.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.get("alg").asText()).isEqualTo("ES256");
        assertThat(header.get("typ").asText()).isEqualTo("at+jwt");
        assertThat(header.get("kid").asText()).isEqualTo(keys.keys().get(0).kid());
        assertThat(payload.get("iss").asText()).isEqualTo(ISSUER);
        assertThat(payload.get("sub").asText()).isEqualTo(alice.id());
        assertThat(payload.get("aud").asText()).isEqualTo("switchboard");
        assertThat(payload.get("iat").asLong()).isEqualTo(clock.instant().getEpochSecond());
        assertThat(payload.get("exp").asLong()).isEqualTo(clock.instant().plus(TTL).getEpochSecond());
        assertThat(payload.get("jti").asText()).isNotEmpty();
        assertThat(payload.get("scope").asText()).isEqualTo("operator");
        assertThat(payload.get("client_id").asText()).isEqualTo("sbc-client");
        assertThat(payload.get("models")).isEqualTo(mapper.readTree("[\"local/*\"]"));

        final Principal p = verify(issued.token());
        assertThat(p).isNotNull();
        assertThat(p.userId()).isEqualTo(alice.id());
        assertThat(p.userName()).isEqualTo("alice");
        assertThat(p.role()).isEqualTo(Role.OPERATOR);
        assertThat(p.credential()).isEqualTo(Credential.ACCESS_TOKEN);
        assertThat(p.clientId()).isEqualTo("sbc-client");
        assertThat(p.allowedModels()).containsExactly("local/*");
        assertThat(p.expires()).isEqualTo(clock.instant().plus(TTL));
    }

    @Test
    void anExpiredTokenIsRefusedOnceTheSkewHasPassed() {
        final String token = tokens.issue(alice, Role.OPERATOR, null, List.of(), null).token();
        clock.advance(TTL.plusSeconds(30));
        assertThat(verify(token)).as("within the 60 s skew").isNotNull();
        clock.advance(Duration.ofSeconds(31));
        assertThat(verify(token)).isNull();
    }

    @Test
    void aTokenIsCappedByTheSubjectsOwnExpiry() {
        final Instant keyExpires = clock.instant().plus(Duration.ofMinutes(2));
        final AccessTokens.Issued issued = tokens.issue(alice, Role.OPERATOR, null, List.of(), keyExpires);
        assertThat(issued.expires()).isEqualTo(keyExpires);
    }

    @Test
    void tokensSignedWithOurKeyButWrongClaimsAreRefused() throws Exception {
        assertThat(verify(keys.sign(claims().build()))).as("control").isNotNull();
        final Instant now = clock.instant();
        assertThat(verify(keys.sign(claims().setAudience("someone-else").build()))).as("aud").isNull();
        assertThat(verify(keys.sign(claims().setIssuer("https://evil.example").build()))).as("iss").isNull();
        assertThat(verify(keys.sign(claims().setTypeHeader("JWT").build()))).as("typ").isNull();
        assertThat(verify(keys.sign(RawJwt.newBuilder().setTypeHeader(AccessTokens.TYPE).setIssuer(ISSUER)
                                          .setSubject(alice.id()).setAudience(AccessTokens.AUDIENCE)
                                          .addStringClaim("scope", "operator").withoutExpiration().build())))
                .as("no exp").isNull();
        assertThat(verify(keys.sign(claims().setExpiration(now.minusSeconds(61)).setIssuedAt(now.minusSeconds(900))
                                            .build()))).as("expired").isNull();
        assertThat(verify(keys.sign(claims().setSubject("nobody").build()))).as("unknown user").isNull();
        assertThat(verify(keys.sign(claims().addStringClaim("scope", "root").build()))).as("bad scope").isNull();
        assertThat(verify("not.a.jwt")).isNull();
        assertThat(verify("")).isNull();
    }

    @Test
    void aDemotionAppliesAtOnceAndAPromotionNeverWidensAToken() {
        final String operatorToken = tokens.issue(alice, Role.OPERATOR, null, List.of(), null).token();
        final String viewerToken = tokens.issue(alice, Role.VIEWER, null, List.of(), null).token();

        store.updateUser("alice", u -> new UserRecord(u.id(), u.name(), u.email(), Role.MEMBER, false,
                                                      u.createTime(), u.updateTime()));
        directory.reload();
        assertThat(verify(operatorToken).role()).isEqualTo(Role.MEMBER);

        store.updateUser("alice", u -> new UserRecord(u.id(), u.name(), u.email(), Role.ADMIN, false,
                                                      u.createTime(), u.updateTime()));
        directory.reload();
        assertThat(verify(viewerToken).role()).isEqualTo(Role.VIEWER);
        assertThat(verify(operatorToken).role()).isEqualTo(Role.OPERATOR);

        store.updateUser("alice", u -> new UserRecord(u.id(), u.name(), u.email(), u.role(), true,
                                                      u.createTime(), u.updateTime()));
        directory.reload();
        assertThat(verify(operatorToken)).as("disabled user").isNull();
    }

    @Test
    void aTokenSignedBeforeARotationStaysValidAndTheJwksListsBothKeys() throws Exception {
        final String before = tokens.issue(alice, Role.OPERATOR, null, List.of(), null).token();
        final String oldKid = keys.keys().get(0).kid();

        final List<SigningKeys.KeyInfo> rotated = keys.rotate();

        assertThat(rotated).hasSize(2);
        assertThat(rotated.get(0).primary()).isTrue();
        assertThat(rotated.get(1).kid()).isEqualTo(oldKid);
        assertThat(rotated.get(1).primary()).isFalse();
        assertThat(verify(before)).isNotNull();
        final String after = tokens.issue(alice, Role.OPERATOR, null, List.of(), null).token();
        assertThat(mapper.readTree(java.util.Base64.getUrlDecoder().decode(after.split("\\.")[0])).get("kid").asText())
                .isEqualTo(rotated.get(0).kid());
        final JsonNode jwks = mapper.readTree(keys.jwks());
        assertThat(jwks.get("keys")).hasSize(2);
        assertThat(jwks.get("keys").findValuesAsText("kid")).containsExactlyInAnyOrder(oldKid, rotated.get(0).kid());
        assertThat(jwks.get("keys").findValuesAsText("alg")).containsOnly("ES256");
        assertThat(jwks.get("keys").findValues("d")).as("no private part").isEmpty();
    }

    @Test
    void oldKeysLeaveOnlyWhenThreeNewerExistAndNoTokenCanNeedThem() {
        final String first = tokens.issue(alice, Role.OPERATOR, null, List.of(), null).token();
        keys.rotate();
        keys.rotate();
        keys.rotate();
        // Four keys: the oldest stopped signing just now, so a token it signed may still be live.
        assertThat(keys.keys()).hasSize(4);
        assertThat(verify(first)).isNotNull();

        clock.advance(TTL.plus(AccessTokens.CLOCK_SKEW).plusSeconds(1));
        final List<SigningKeys.KeyInfo> after = keys.rotate();
        // The two oldest stopped signing longer ago than a token lives: gone; three kept.
        assertThat(after).hasSize(3);
        assertThat(after.get(0).primary()).isTrue();
        assertThat(after).extracting(SigningKeys.KeyInfo::createTime).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
    }

    @Test
    void anotherReplicaSeesARotationOnReload() {
        final SigningKeys other = SigningKeys.open(storage.jdbi(), storage.sealer(), clock, TTL, background);
        try {
            other.rotate();
            assertThat(keys.keys()).hasSize(1);
            keys.reload();
            assertThat(keys.keys()).extracting(SigningKeys.KeyInfo::kid)
                                   .containsExactlyElementsOf(other.keys().stream().map(SigningKeys.KeyInfo::kid).toList());
        } finally {
            other.close();
        }
    }

    @Test
    void aTokenFromAKeyAnotherReplicaJustMadeReloadsEarlyButAtMostOncePerInterval() throws Exception {
        final SigningKeys other = SigningKeys.open(storage.jdbi(), storage.sealer(), clock, TTL, background);
        try {
            final AccessTokens otherTokens = new AccessTokens(other, new PublicUrl(ISSUER), directory, clock, TTL);
            other.rotate();
            final String fromOther = otherTokens.issue(alice, Role.OPERATOR, null, List.of(), null).token();
            // Its kid is unknown here: this replica reloads at once instead of within 30 s.
            assertThat(verify(fromOther)).isNotNull();
            assertThat(keys.keys()).hasSize(2);

            // Right after, another unknown kid does not reload again (made-up kids cost nothing).
            other.rotate();
            final String tooSoon = otherTokens.issue(alice, Role.OPERATOR, null, List.of(), null).token();
            assertThat(verify(tooSoon)).isNull();
            assertThat(keys.keys()).hasSize(2);

            Thread.sleep(SigningKeys.UNKNOWN_KID_RELOAD.toMillis() + 100);
            assertThat(verify(tooSoon)).isNotNull();
            assertThat(keys.keys()).hasSize(3);
        } finally {
            other.close();
        }
    }
}
