package dev.switchboard.server.responses;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.google.protobuf.InvalidProtocolBufferException;

import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.StoredResponse;

/**
 * The {@code responses} table. Every read and delete is scoped by owner, so one key never sees
 * another's responses. Blocking (JDBC): call it off the event loop.
 */
public final class ResponseStore {
    private final Jdbi jdbi;

    public ResponseStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A stored response with the conversation a continuation starts from. */
    public record Entry(StoredResponse response, List<Message> conversation) {}

    public void insert(String owner, StoredResponse response, List<Message> conversation) {
        final byte[] convo = ChatCompletionRequest.newBuilder().addAllMessages(conversation).build().toByteArray();
        jdbi.useHandle(h -> h.createUpdate(
                "INSERT INTO responses (id, owner, created, previous_id, response, conversation) "
                + "VALUES (:id, :owner, :created, :previous, :response, :conversation)")
                             .bind("id", response.getId())
                             .bind("owner", owner)
                             .bind("created", response.getCreated())
                             .bind("previous", response.getPreviousResponseId().isEmpty()
                                               ? null : response.getPreviousResponseId())
                             .bind("response", encode(response.toByteArray()))
                             .bind("conversation", encode(convo))
                             .execute());
    }

    public Optional<Entry> find(String owner, String id) {
        return jdbi.withHandle(h -> h.createQuery(
                "SELECT response, conversation FROM responses WHERE id = :id AND owner = :owner")
                                     .bind("id", id).bind("owner", owner)
                                     .map((rs, ctx) -> read(rs.getString(1), rs.getString(2)))
                                     .findOne());
    }

    /** Deletes one response of this owner; false when there was none. */
    public boolean delete(String owner, String id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM responses WHERE id = :id AND owner = :owner")
                                     .bind("id", id).bind("owner", owner)
                                     .execute()) > 0;
    }

    /** Deletes every response created before {@code cutoff} (Unix seconds); returns how many. */
    public int deleteCreatedBefore(long cutoff) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM responses WHERE created < :cutoff")
                                     .bind("cutoff", cutoff)
                                     .execute());
    }

    private static Entry read(String response, String conversation) {
        try {
            return new Entry(StoredResponse.parseFrom(decode(response)),
                             ChatCompletionRequest.parseFrom(decode(conversation)).getMessagesList());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("stored response is corrupt", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] decode(String text) {
        return Base64.getDecoder().decode(text);
    }
}
