package dev.switchboard.server.oauth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import dev.switchboard.transcoder.error.GatewayException;

/** The {@code oauth_clients} table. Blocking: call it off the event loop. */
final class OAuthClients {
    private static final String COLUMNS = "client_id, name, user_id, secret_hash, secret_last4, disabled, "
                                          + "create_time, update_time";

    private final Jdbi jdbi;

    OAuthClients(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void insert(ClientRecord c) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO oauth_clients (" + COLUMNS + ") VALUES (:id, :name, :user, "
                                           + ":hash, :last4, :disabled, :created, :updated)")
                             .bind("id", c.clientId()).bind("name", c.name()).bind("user", c.userId())
                             .bind("hash", c.secretHash()).bind("last4", c.secretLast4())
                             .bind("disabled", c.disabled()).bind("created", c.createTime().toEpochMilli())
                             .bind("updated", c.updateTime().toEpochMilli()).execute());
    }

    Optional<ClientRecord> find(String clientId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM oauth_clients WHERE client_id = :id")
                                     .bind("id", clientId).map(OAuthClients::client).findOne());
    }

    ClientRecord get(String clientId) {
        return find(clientId).orElseThrow(() -> notFound(clientId));
    }

    List<ClientRecord> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM oauth_clients ORDER BY client_id")
                                     .map(OAuthClients::client).list());
    }

    /** Sets name and disabled; the client as it is now. */
    ClientRecord update(String clientId, String name, boolean disabled, Instant now) {
        return jdbi.inTransaction(h -> {
            final int n = h.createUpdate("UPDATE oauth_clients SET name = :name, disabled = :disabled, "
                                         + "update_time = :now WHERE client_id = :id")
                           .bind("name", name).bind("disabled", disabled).bind("now", now.toEpochMilli())
                           .bind("id", clientId).execute();
            if (n == 0) {
                throw notFound(clientId);
            }
            return get(clientId);
        });
    }

    void delete(String clientId) {
        final int n = jdbi.withHandle(h -> h.createUpdate("DELETE FROM oauth_clients WHERE client_id = :id")
                                            .bind("id", clientId).execute());
        if (n == 0) {
            throw notFound(clientId);
        }
    }

    static GatewayException notFound(String clientId) {
        return GatewayException.notFound("oauth_client_not_found", "OAuth client '" + clientId + "' not found");
    }

    private static ClientRecord client(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ClientRecord(rs.getString("client_id"), rs.getString("name"), rs.getString("user_id"),
                                rs.getString("secret_hash"), rs.getString("secret_last4"), rs.getBoolean("disabled"),
                                Instant.ofEpochMilli(rs.getLong("create_time")),
                                Instant.ofEpochMilli(rs.getLong("update_time")));
    }
}
