package dev.switchboard.server.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

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
}
