package dev.switchboard.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.protobuf.util.Timestamps;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.util.SafeCloseable;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.alias.AliasStore;
import dev.switchboard.server.auth.Credential;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.Role;
import dev.switchboard.server.storage.Storage;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.Alias;
import dev.switchboard.v1.AliasTarget;
import dev.switchboard.v1.AuditEntry;
import dev.switchboard.v1.ListAuditEntriesRequest;
import dev.switchboard.v1.ListAuditEntriesResponse;

class AuditLogTest {
    private static final Instant T0 = Instant.parse("2026-03-04T05:06:07.089Z");
    private static final Alias ALIAS = Alias.newBuilder().setName("fast")
                                            .addTargets(AliasTarget.newBuilder().setModel("p/m").setWeight(1))
                                            .build();

    @TempDir
    Path dataDir;

    private Storage storage;
    private AuditLog log;
    private AliasStore aliases;

    @BeforeEach
    void open() {
        storage = Storage.open(dataDir, null);
        log = new AuditLog(storage.jdbi(), Clock.fixed(T0, ZoneOffset.UTC));
        aliases = new AliasStore(storage.jdbi());
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void aSuccessfulChangeAndItsEntryAreBothWritten() {
        final Alias created = log.record("alias.create", "aliases/fast", AuditChanges::settable,
                                         () -> aliases.create(ALIAS));

        assertThat(created.getName()).isEqualTo("fast");
        assertThat(aliases.list()).extracting(Alias::getName).containsExactly("fast");
        final AuditEntry entry = only(log.list(ListAuditEntriesRequest.getDefaultInstance()));
        assertThat(entry.getSeq()).isEqualTo(1);
        assertThat(entry.getAction()).isEqualTo("alias.create");
        assertThat(entry.getOutcome()).isEqualTo("ok");
        assertThat(entry.getChangesMap()).containsEntry("name", "fast");
        assertThat(Timestamps.toMillis(entry.getTime())).isEqualTo(T0.toEpochMilli());
        assertThat(log.verify().getOk()).isTrue();
    }

    @Test
    void aFailedChangeLeavesNothingButItsFailureEntry() {
        final GatewayException denied = new GatewayException(ErrorKind.PERMISSION_DENIED, "not yours");

        assertThatThrownBy(() -> log.record("alias.create", "aliases/fast", AuditChanges::settable, () -> {
            aliases.create(ALIAS);
            throw denied;
        })).isSameAs(denied);

        assertThat(aliases.list()).isEmpty();
        final AuditEntry entry = only(log.list(ListAuditEntriesRequest.getDefaultInstance()));
        assertThat(entry.getOutcome()).isEqualTo("permission_denied");
        assertThat(entry.getResource()).isEqualTo("aliases/fast");
        assertThat(entry.getChangesMap()).isEmpty();
        assertThat(log.verify().getOk()).isTrue();
    }

    @Test
    void appendJoinsTheCurrentTransaction() {
        assertThatThrownBy(() -> storage.jdbi().useTransaction(h -> {
            log.append(List.of(entry(0, "ana", "key.create", "keys/k1")));
            aliases.create(ALIAS);
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(log.list(ListAuditEntriesRequest.getDefaultInstance()).getEntriesList()).isEmpty();

        storage.jdbi().useTransaction(h -> {
            aliases.create(ALIAS);
            log.append(List.of(entry(0, "ana", "alias.create", "aliases/fast")));
        });
        assertThat(only(log.list(ListAuditEntriesRequest.getDefaultInstance())).getSeq()).isEqualTo(1);
    }

    @Test
    void aChangeWhoseEntryCannotBeWrittenIsUndone() {
        assertThatThrownBy(() -> log.record("alias.create", "aliases/fast", a -> {
            throw new IllegalStateException("cannot describe the change");
        }, () -> aliases.create(ALIAS))).hasMessage("cannot describe the change");

        assertThat(aliases.list()).isEmpty();
        assertThat(only(log.list(ListAuditEntriesRequest.getDefaultInstance())).getOutcome()).isEqualTo("internal");
    }

    @Test
    void takesTheActorCredentialAndSourceFromTheRequest() {
        final Principal member = new Principal("u-1", "maria", Role.MEMBER, Credential.API_KEY, "k-1", "sb-abc1",
                                               null, null, List.of(), null);
        final ServiceRequestContext ctx =
                ServiceRequestContext.builder(HttpRequest.of(HttpMethod.POST, "/admin/v1/aliases"))
                                     .remoteAddress(new InetSocketAddress("198.51.100.9", 4321))
                                     .build();
        ctx.setAttr(Principal.ATTR, member);
        try (SafeCloseable ignored = ctx.push()) {
            log.record("alias.create", "aliases/fast", AuditChanges::settable, () -> aliases.create(ALIAS));
        }

        final AuditEntry entry = only(log.list(ListAuditEntriesRequest.getDefaultInstance()));
        assertThat(entry.getActor()).isEqualTo("maria");
        assertThat(entry.getCredential()).isEqualTo("sb-abc1");
        assertThat(entry.getSourceAddress()).isEqualTo("198.51.100.9");
    }

    @Test
    void outsideARequestTheGatewayIsTheActor() {
        log.record("alias.create", "aliases/fast", AuditChanges::settable, () -> aliases.create(ALIAS));

        final AuditEntry entry = only(log.list(ListAuditEntriesRequest.getDefaultInstance()));
        assertThat(entry.getActor()).isEqualTo("system");
        assertThat(entry.getCredential()).isEqualTo("system");
    }

    @Test
    void masksASecretToItsLastFourCharacters() {
        assertThat(AuditLog.masked("sk-live-0123456789")).isEqualTo("****6789");
        assertThat(AuditLog.masked("abcd")).isEqualTo("****");
    }

    @Test
    void filtersByActorActionResourceAndTime() {
        log.append(List.of(
                entry(0, "ana", "provider.create", "providers/openai"),
                entry(1, "bob", "provider.update", "providers/openai"),
                entry(2, "ana", "alias.create", "aliases/fast"),
                entry(3, "ana", "provider.delete", "providers_old/x"),
                entry(4, "bob", "provider.create", "providers/anthropic")));

        assertThat(seqs(ListAuditEntriesRequest.newBuilder().setActor("ana"))).containsExactly(4L, 3L, 1L);
        assertThat(seqs(ListAuditEntriesRequest.newBuilder().setAction("provider.create"))).containsExactly(5L, 1L);
        assertThat(seqs(ListAuditEntriesRequest.newBuilder().setResource("providers/openai")))
                .containsExactly(2L, 1L);
        // '_' in the prefix is literal, not SQL's any-character.
        assertThat(seqs(ListAuditEntriesRequest.newBuilder().setResource("providers/*")))
                .containsExactly(5L, 2L, 1L);
        assertThat(seqs(ListAuditEntriesRequest.newBuilder().setResource("providers_*"))).containsExactly(4L);
        assertThat(seqs(ListAuditEntriesRequest.newBuilder()
                                               .setStartTime(Timestamps.fromMillis(T0.plusSeconds(1).toEpochMilli()))
                                               .setEndTime(Timestamps.fromMillis(T0.plusSeconds(3).toEpochMilli()))))
                .containsExactly(3L, 2L);
        assertThat(seqs(ListAuditEntriesRequest.newBuilder().setActor("bob").setAction("provider.create")))
                .containsExactly(5L);
        assertThat(seqs(ListAuditEntriesRequest.newBuilder().setActor("nobody"))).isEmpty();
    }

    @Test
    void pagesNewestFirstWithAnOpaqueToken() {
        final List<AuditEvent> entries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            entries.add(entry(i, "ana", "provider.create", "providers/p" + i));
        }
        log.append(entries);

        final ListAuditEntriesResponse first = log.list(ListAuditEntriesRequest.newBuilder().setPageSize(2).build());
        assertThat(first.getEntriesList()).extracting(e -> e.getSeq()).containsExactly(5L, 4L);
        final ListAuditEntriesResponse second = log.list(ListAuditEntriesRequest.newBuilder().setPageSize(2)
                                                                                .setPageToken(first.getNextPageToken())
                                                                                .build());
        assertThat(second.getEntriesList()).extracting(e -> e.getSeq()).containsExactly(3L, 2L);
        final ListAuditEntriesResponse last = log.list(ListAuditEntriesRequest.newBuilder().setPageSize(2)
                                                                              .setPageToken(second.getNextPageToken())
                                                                              .build());
        assertThat(last.getEntriesList()).extracting(e -> e.getSeq()).containsExactly(1L);
        assertThat(last.getNextPageToken()).isEmpty();
        assertThat(first.getNextPageToken()).doesNotContain("4");
    }

    @Test
    void pageSizeDefaultsTo100AndStopsAt1000() {
        final List<AuditEvent> entries = new ArrayList<>();
        for (int i = 0; i < 1005; i++) {
            entries.add(entry(0, "ana", "provider.create", "providers/p" + i));
        }
        log.append(entries);

        assertThat(log.list(ListAuditEntriesRequest.getDefaultInstance()).getEntriesCount()).isEqualTo(100);
        assertThat(log.list(ListAuditEntriesRequest.newBuilder().setPageSize(5000).build()).getEntriesCount())
                .isEqualTo(1000);
        assertThat(log.verify().getEntriesChecked()).isEqualTo(1005);
    }

    @Test
    void refusesABadPageTokenOrSize() {
        assertThatThrownBy(() -> log.list(ListAuditEntriesRequest.newBuilder().setPageToken("garbage!").build()))
                .isInstanceOfSatisfying(GatewayException.class,
                                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST))
                .hasMessageContaining("page_token");
        assertThatThrownBy(() -> log.list(ListAuditEntriesRequest.newBuilder().setPageSize(-1).build()))
                .isInstanceOfSatisfying(GatewayException.class,
                                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST))
                .hasMessageContaining("page_size");
    }

    @Test
    void anEmptyLogVerifies() {
        assertThat(log.verify().getOk()).isTrue();
        assertThat(log.verify().getEntriesChecked()).isZero();
    }

    @Test
    void concurrentWritersMakeOneUnbrokenChain() throws Exception {
        final ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            final List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                final int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        final String name = "w" + writer + "-" + i;
                        log.record("alias.create", "aliases/" + name, AuditChanges::settable,
                                   () -> aliases.create(ALIAS.toBuilder().setName(name).build()));
                    }
                }));
            }
            for (Future<?> f : writers) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(log.verify().getOk()).isTrue();
        assertThat(log.verify().getEntriesChecked()).isEqualTo(200);
        assertThat(aliases.list()).hasSize(200);
        assertThat(log.list(ListAuditEntriesRequest.newBuilder().setPageSize(1000).build()).getEntriesList())
                .extracting(e -> e.getSeq()).doesNotHaveDuplicates().hasSize(200)
                .allMatch(seq -> seq >= 1 && seq <= 200);
    }

    private static AuditEvent entry(int second, String actor, String action, String resource) {
        return new AuditEvent(T0.plusSeconds(second), actor, "admin_key", "127.0.0.1", action, resource, "ok",
                              Map.of());
    }

    private List<Long> seqs(ListAuditEntriesRequest.Builder req) {
        return log.list(req.build()).getEntriesList().stream().map(e -> e.getSeq()).toList();
    }

    private static AuditEntry only(ListAuditEntriesResponse res) {
        assertThat(res.getEntriesList()).hasSize(1);
        return res.getEntries(0);
    }
}
