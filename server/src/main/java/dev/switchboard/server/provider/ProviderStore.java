package dev.switchboard.server.provider;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.switchboard.server.crypto.Sealer;
import dev.switchboard.server.crypto.Secret;
import dev.switchboard.server.storage.Storage;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;
import com.linecorp.armeria.common.annotation.Nullable;

/**
 * Providers in the database, their API key and secret headers sealed with the provider's id as
 * associated data: they are opened only here, on request ({@link #apiKey}, {@link #secretHeaders}).
 * Makes ids and timestamps; maps a taken name to {@code ALREADY_EXISTS} and a missing one to
 * {@code NOT_FOUND}. Blocking: call it off the event loop.
 */
public final class ProviderStore {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};
    private static final String HEADERS_AD_SUFFIX = ":headers";

    private final Jdbi jdbi;
    private final Sealer sealer;
    private final Clock clock;

    public ProviderStore(Jdbi jdbi, Sealer sealer) {
        this(jdbi, sealer, Clock.systemUTC());
    }

    ProviderStore(Jdbi jdbi, Sealer sealer, Clock clock) {
        this.jdbi = requireNonNull(jdbi, "jdbi");
        this.sealer = requireNonNull(sealer, "sealer");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Stores a new provider under a fresh id, its secrets sealed; {@code ALREADY_EXISTS} if the
     * name is taken.
     *
     * @param unsaved the settings ({@link StoredProvider#unsaved}); its id, times and secrets are ignored
     */
    public StoredProvider create(StoredProvider unsaved, @Nullable Secret apiKey, Map<String, Secret> secretHeaders) {
        requireNonNull(secretHeaders, "secretHeaders");
        final String id = UUID.randomUUID().toString();
        final Instant now = now();
        final StoredProvider provider = unsaved.stored(id, sealKey(apiKey, id), sealHeaders(secretHeaders, id),
                                                       now, now);
        jdbi.useHandle(handle -> mapNameClash(provider.name(),
                                              () -> dao(handle).insert(provider, writeJson(provider.headers()))));
        return provider;
    }

    public Optional<StoredProvider> find(String name) {
        requireNonNull(name, "name");
        return jdbi.withHandle(handle -> dao(handle).findByName(name));
    }

    /** Every provider, ordered by name. */
    public List<StoredProvider> list() {
        return jdbi.withHandle(handle -> dao(handle).listAll())
                   .stream()
                   .sorted(Comparator.comparing(StoredProvider::name))
                   .toList();
    }

    /**
     * Applies {@code change} to the provider's settings in one transaction, keeping its id, key
     * and create time whatever {@code change} returns.
     *
     * @param replaceSecretHeaders the new secret headers, or null to keep the current ones
     */
    public StoredProvider update(String name, UnaryOperator<StoredProvider> change,
                                 @Nullable Map<String, Secret> replaceSecretHeaders) {
        requireNonNull(change, "change");
        return modify(name, current -> requireNonNull(change.apply(current), "change returned null").stored(
                current.id(), current.apiKeySealed(),
                replaceSecretHeaders != null ? sealHeaders(replaceSecretHeaders, current.id())
                                             : current.secretHeadersSealed(),
                current.createTime(), now()));
    }

    /** Replaces the API key; the old one is gone. */
    public StoredProvider rotateKey(String name, Secret newKey) {
        requireNonNull(newKey, "newKey");
        return modify(name, current -> current.stored(current.id(), sealKey(newKey, current.id()),
                                                      current.secretHeadersSealed(), current.createTime(), now()));
    }

    /** Removes the provider and its sealed secrets; false if there was none by that name. */
    public boolean delete(String name) {
        requireNonNull(name, "name");
        return jdbi.withHandle(handle -> dao(handle).deleteByName(name)) > 0;
    }

    /** The provider's API key, opened; null when it has none. */
    @Nullable
    public Secret apiKey(StoredProvider provider) {
        return provider.apiKeySealed() == null ? null
                : Secret.of(open(provider, provider.apiKeySealed(), provider.id()));
    }

    /** The provider's secret headers, opened, in the order they were given. */
    public Map<String, Secret> secretHeaders(StoredProvider provider) {
        final Map<String, Secret> out = new LinkedHashMap<>();
        if (provider.secretHeadersSealed() != null) {
            readJson(open(provider, provider.secretHeadersSealed(), provider.id() + HEADERS_AD_SUFFIX), provider.id())
                    .forEach((header, value) -> out.put(header, Secret.of(value)));
        }
        return out;
    }

    private StoredProvider modify(String name, UnaryOperator<StoredProvider> change) {
        requireNonNull(name, "name");
        return jdbi.inTransaction(handle -> {
            final ProviderDao dao = dao(handle);
            final StoredProvider current = dao.findByName(name).orElseThrow(
                    () -> new GatewayException(ErrorKind.NOT_FOUND, "provider '" + name + "' not found"));
            final StoredProvider changed = change.apply(current);
            mapNameClash(changed.name(), () -> dao.update(changed, writeJson(changed.headers())));
            return changed;
        });
    }

    private static ProviderDao dao(Handle handle) {
        return handle.registerRowMapper(StoredProvider.class, ProviderStore::read).attach(ProviderDao.class);
    }

    private static void mapNameClash(String name, Runnable statement) {
        try {
            statement.run();
        } catch (StatementException e) {
            if (Storage.isUniqueViolation(e)) {
                throw new GatewayException(ErrorKind.ALREADY_EXISTS, "provider '" + name + "' already exists");
            }
            throw e;
        }
    }

    private Instant now() {
        // The database keeps milliseconds; so does what is returned, so both compare equal.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    @Nullable
    private String sealKey(@Nullable Secret apiKey, String id) {
        return apiKey == null ? null : sealer.sealText(apiKey.reveal(), id);
    }

    @Nullable
    private String sealHeaders(Map<String, Secret> secretHeaders, String id) {
        if (secretHeaders.isEmpty()) {
            return null;
        }
        final Map<String, String> revealed = new LinkedHashMap<>();
        secretHeaders.forEach((header, value) -> revealed.put(header, value.reveal()));
        return sealer.sealText(writeJson(revealed), id + HEADERS_AD_SUFFIX);
    }

    private static StoredProvider read(ResultSet rs, StatementContext ctx) throws SQLException {
        final String id = rs.getString("id");
        return new StoredProvider(id, rs.getString("name"), rs.getString("preset"), rs.getString("api_format"),
                                  rs.getString("base_url"), readJson(rs.getString("headers_json"), id),
                                  Duration.ofMillis(rs.getLong("timeout_ms")), rs.getBoolean("enabled"),
                                  Duration.ofMillis(rs.getLong("connect_timeout_ms")),
                                  Duration.ofMillis(rs.getLong("first_token_timeout_ms")),
                                  Duration.ofMillis(rs.getLong("health_check_interval_ms")),
                                  rs.getString("owner_id"), rs.getBoolean("allow_private_network"),
                                  rs.getString("ca_bundle"),
                                  rs.getString("api_key_sealed"), rs.getString("secret_headers_sealed"),
                                  Instant.ofEpochMilli(rs.getLong("create_time")),
                                  Instant.ofEpochMilli(rs.getLong("update_time")));
    }

    private String open(StoredProvider provider, String sealed, String associatedData) {
        try {
            return sealer.openText(sealed, associatedData);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("sealed secrets of provider '" + provider.name() + "' ("
                                            + provider.id() + ") cannot be opened", e);
        }
    }

    private static String writeJson(Map<String, String> map) {
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write headers as JSON", e);
        }
    }

    private static Map<String, String> readJson(String json, String providerId) {
        try {
            return JSON.readValue(json, STRING_MAP);
        } catch (JsonProcessingException e) {
            // No cause: the parser's message quotes the input, which may be a secret header.
            throw new IllegalStateException("headers of provider " + providerId + " are not a JSON object");
        }
    }
}
