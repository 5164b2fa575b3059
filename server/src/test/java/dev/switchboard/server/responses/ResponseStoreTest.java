package dev.switchboard.server.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.switchboard.server.storage.Storage;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.StoredResponse;

/** The responses table: what one owner stores, another owner can neither read nor delete. */
class ResponseStoreTest {
    @TempDir
    Path dataDir;

    @Test
    void responsesAreScopedByOwner() {
        try (Storage storage = Storage.open(dataDir, null)) {
            final ResponseStore store = new ResponseStore(storage.jdbi());
            final StoredResponse r = StoredResponse.newBuilder().setId("resp_1").setCreated(1).setStored(true)
                                                   .setPreviousResponseId("resp_0").build();
            final List<Message> conversation = List.of(Message.newBuilder().setRole(Role.ROLE_USER)
                    .addContent(ContentPart.newBuilder().setText("hi")).build());
            store.insert("alice", r, conversation);

            assertThat(store.find("bob", "resp_1")).isEmpty();
            assertThat(store.delete("bob", "resp_1")).isFalse();
            final ResponseStore.Entry entry = store.find("alice", "resp_1").orElseThrow();
            assertThat(entry.response()).isEqualTo(r);
            assertThat(entry.conversation()).isEqualTo(conversation);
            assertThat(store.delete("alice", "resp_1")).isTrue();
            assertThat(store.find("alice", "resp_1")).isEmpty();
            assertThat(store.delete("alice", "resp_1")).isFalse();
        }
    }

    @Test
    void retentionDeletesOnlyWhatIsOlderThanTheCutoff() {
        try (Storage storage = Storage.open(dataDir, null)) {
            final ResponseStore store = new ResponseStore(storage.jdbi());
            store.insert("alice", StoredResponse.newBuilder().setId("resp_old").setCreated(1_000).build(), List.of());
            store.insert("bob", StoredResponse.newBuilder().setId("resp_new").setCreated(2_000).build(), List.of());

            assertThat(store.deleteCreatedBefore(2_000)).isEqualTo(1);
            assertThat(store.find("alice", "resp_old")).isEmpty();
            assertThat(store.find("bob", "resp_new")).isPresent();
        }
    }

    @Test
    void theRetentionPurgesExpiredResponsesAsSoonAsItStarts() throws Exception {
        final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try (Storage storage = Storage.open(dataDir, null)) {
            final ResponseStore store = new ResponseStore(storage.jdbi());
            final long now = Instant.now().getEpochSecond();
            store.insert("alice", StoredResponse.newBuilder().setId("resp_31d").setCreated(now - 31 * 86_400).build(),
                         List.of());
            store.insert("alice", StoredResponse.newBuilder().setId("resp_29d").setCreated(now - 29 * 86_400).build(),
                         List.of());
            try (ResponseRetention ignored = ResponseRetention.start(store, 30, executor)) {
                final long deadline = System.nanoTime() + 5_000_000_000L;
                while (store.find("alice", "resp_31d").isPresent() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(store.find("alice", "resp_31d")).isEmpty();
                assertThat(store.find("alice", "resp_29d")).isPresent();
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
