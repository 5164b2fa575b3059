package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.crypto.KeysetRotation;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.v1.KeysetStatus;

/** The master keyset rotates under load: no request fails, and every secret still opens after a restart. */
class KeysetRotationE2ETest {
    private static final String KEY = "sk-rotation-e2e-key-5a6b7c";
    private static final String OTHER_KEY = "sk-rotation-e2e-other-9d8e";
    private static final int PROVIDERS = 15;
    private static final int REQUESTS = 300;
    private static final int IN_FLIGHT = 16;
    private static final String CHAT = "{\"model\":\"local/gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

    @TempDir
    Path dataDir;
    FakeUpstream upstream;
    FakeUpstream other;

    @BeforeEach
    void startUpstreams() {
        upstream = new FakeUpstream(KEY);
        other = new FakeUpstream(OTHER_KEY);
    }

    @AfterEach
    void stopUpstreams() {
        upstream.close();
        other.close();
    }

    @Test
    void requestsAndAdminChangesAllSucceedWhileTheKeysetRotatesTwice() throws Exception {
        final int firstKey;
        try (TestGateway gw = TestGateway.start(dataDir)) {
            gw.addProvider("local", upstream.baseUrl(), KEY);
            for (int i = 0; i < PROVIDERS; i++) {
                gw.addProvider("other-" + i, other.baseUrl(), OTHER_KEY);
            }
            final KeysetRotation rotation = gw.gateway().keysetRotation();
            firstKey = rotation.status().getPrimaryKeyId();
            final WebClient client = gw.rest();
            final Semaphore slots = new Semaphore(IN_FLIGHT);
            final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            final List<CompletableFuture<?>> calls = new ArrayList<>();
            final List<Integer> primaries = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                if (i == 50 || i == 180) {
                    primaries.add(rotation.start().getPrimaryKeyId());
                    // Writes and reloads while values are re-sealed: a sealing with the new key,
                    // a reload opening keys under both.
                    final String name = "added-" + i;
                    gw.addProvider(name, other.baseUrl(), OTHER_KEY);
                    assertThat(patch(gw, "/admin/v1/providers/other-" + i % PROVIDERS,
                                     "{\"timeout\":\"30s\"}").status().code()).isEqualTo(200);
                }
                slots.acquire();
                calls.add(post(client, CHAT).whenComplete((res, cause) -> {
                    slots.release();
                    if (cause != null) {
                        failures.add(cause.toString());
                    } else if (res.status().code() != 200) {
                        failures.add(res.status() + " " + res.contentUtf8());
                    }
                }));
                if (i == 60 || i == 190) {
                    assertThat(awaitEnd(rotation).getRotation()).isEqualTo("idle");
                }
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            assertThat(failures).isEmpty();

            final KeysetStatus done = awaitEnd(rotation);
            assertThat(done.getRotation()).isEqualTo("idle");
            assertThat(done.getPrimaryKeyId()).isEqualTo(primaries.get(1)).isNotEqualTo(firstKey);
            assertThat(done.getKeyIdsList()).containsExactlyInAnyOrder(firstKey, primaries.get(0), primaries.get(1));
            final KeysetHandle onDisk = TinkJsonProtoKeysetFormat.parseKeyset(
                    Files.readString(dataDir.resolve("keyset.json")), InsecureSecretKeyAccess.get());
            for (int i = 0; i < onDisk.size(); i++) {
                assertThat(onDisk.getAt(i).getStatus())
                        .isEqualTo(onDisk.getAt(i).isPrimary() ? KeyStatus.ENABLED : KeyStatus.DISABLED);
            }
        }
        // After a restart, only the new key opens the secrets: they were all re-sealed.
        try (TestGateway gw = TestGateway.start(dataDir)) {
            upstream.drain();
            final AggregatedHttpResponse res = post(gw.rest(), CHAT).join();
            assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
            assertThat(upstream.take().headers().get("authorization")).isEqualTo("Bearer " + KEY);
            final AggregatedHttpResponse added = gw.post("/v1/chat/completions",
                    CHAT.replace("local/", "added-180/"));
            assertThat(added.status().code()).as(added.contentUtf8()).isEqualTo(200);
            assertThat(gw.gateway().keysetRotation().status().getRotation()).isEqualTo("idle");
        }
    }

    @Test
    void aStartFindingARotationUnfinishedFinishesIt() throws Exception {
        final int oldKey;
        try (TestGateway gw = TestGateway.start(dataDir)) {
            gw.addProvider("local", upstream.baseUrl(), KEY);
            oldKey = gw.gateway().keysetRotation().status().getPrimaryKeyId();
        }
        // What a process killed right after writing the keyset file leaves: a new primary, nothing
        // sealed under it yet.
        final Path file = dataDir.resolve("keyset.json");
        final KeysetHandle withNewPrimary = KeysetHandle.newBuilder(TinkJsonProtoKeysetFormat.parseKeyset(
                        Files.readString(file), InsecureSecretKeyAccess.get()))
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                                      .withRandomId().makePrimary())
                .build();
        Files.writeString(file, TinkJsonProtoKeysetFormat.serializeKeyset(withNewPrimary,
                                                                          InsecureSecretKeyAccess.get()));

        try (TestGateway gw = TestGateway.start(dataDir)) {
            final KeysetStatus done = awaitEnd(gw.gateway().keysetRotation());
            assertThat(done.getRotation()).isEqualTo("idle");
            assertThat(done.getPrimaryKeyId()).isEqualTo(withNewPrimary.getPrimary().getId());
            assertThat(done.getResealed()).isPositive();
            final KeysetHandle onDisk = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file),
                                                                              InsecureSecretKeyAccess.get());
            assertThat(onDisk.getAt(0).getId()).isEqualTo(oldKey);
            assertThat(onDisk.getAt(0).getStatus()).isEqualTo(KeyStatus.DISABLED);
            final AggregatedHttpResponse res = gw.post("/v1/chat/completions", CHAT);
            assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        }
    }

    private static CompletableFuture<AggregatedHttpResponse> post(WebClient client, String json) {
        return client.execute(HttpRequest.of(RequestHeaders.builder(HttpMethod.POST, "/v1/chat/completions")
                                                           .contentType(MediaType.JSON_UTF_8).build(),
                                             HttpData.ofUtf8(json)))
                     .aggregate();
    }

    private static AggregatedHttpResponse patch(TestGateway gw, String path, String json) {
        return gw.rest().execute(HttpRequest.of(RequestHeaders.builder(HttpMethod.PATCH, path)
                                                              .contentType(MediaType.JSON_UTF_8).build(),
                                                HttpData.ofUtf8(json)))
                 .aggregate().join();
    }

    private static KeysetStatus awaitEnd(KeysetRotation rotation) throws InterruptedException {
        final long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            final KeysetStatus status = rotation.status();
            if (!"resealing".equals(status.getRotation())) {
                return status;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the rotation did not end: " + rotation.status());
    }
}
