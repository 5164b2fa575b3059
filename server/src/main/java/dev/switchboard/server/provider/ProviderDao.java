package dev.switchboard.server.provider;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The {@code providers} table. Portable SQL: it runs on SQLite and PostgreSQL alike. Rows are read
 * by the mapper {@link ProviderStore} registers (headers are JSON, times milliseconds).
 */
interface ProviderDao {
    String COLUMNS = "id, name, preset, api_format, base_url, api_key_sealed, headers_json, "
                     + "secret_headers_sealed, timeout_ms, enabled, create_time, update_time, connect_timeout_ms, "
                     + "first_token_timeout_ms, health_check_interval_ms, owner_id, allow_private_network, ca_bundle";

    @SqlUpdate("INSERT INTO providers (" + COLUMNS + ") VALUES (:id, :name, :preset, :apiFormat, :baseUrl, "
               + ":apiKeySealed, :headersJson, :secretHeadersSealed, :timeoutMs, :enabled, :createTimeMs, "
               + ":updateTimeMs, :connectTimeoutMs, :firstTokenTimeoutMs, :healthCheckIntervalMs, :ownerId, :allowPrivateNetwork, "
               + ":caBundle)")
    void insert(@BindMethods StoredProvider provider, String headersJson);

    @SqlQuery("SELECT " + COLUMNS + " FROM providers WHERE name = :name")
    Optional<StoredProvider> findByName(String name);

    /** In no particular order: collations differ between databases, so callers sort. */
    @SqlQuery("SELECT " + COLUMNS + " FROM providers")
    List<StoredProvider> listAll();

    /** Rewrites every column but {@code id} and {@code create_time}. */
    @SqlUpdate("UPDATE providers SET name = :name, preset = :preset, api_format = :apiFormat, "
               + "base_url = :baseUrl, api_key_sealed = :apiKeySealed, headers_json = :headersJson, "
               + "secret_headers_sealed = :secretHeadersSealed, timeout_ms = :timeoutMs, enabled = :enabled, "
               + "update_time = :updateTimeMs, connect_timeout_ms = :connectTimeoutMs, "
               + "first_token_timeout_ms = :firstTokenTimeoutMs, health_check_interval_ms = :healthCheckIntervalMs, "
               + "owner_id = :ownerId, allow_private_network = :allowPrivateNetwork, ca_bundle = :caBundle WHERE id = :id")
    int update(@BindMethods StoredProvider provider, String headersJson);

    @SqlUpdate("DELETE FROM providers WHERE name = :name")
    int deleteByName(String name);
}
