package dev.switchboard.server.provider;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.switchboard.server.crypto.SealedColumn;
import dev.switchboard.server.crypto.Sealer;
import dev.switchboard.server.crypto.Secret;
import dev.switchboard.server.storage.Storage;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.linecorp.armeria.common.annotation.Nullable;

/**
 * Providers in the database, their API key and secret headers sealed with the provider's id and
 * origin as associated data: they are opened only here, on request ({@link #apiKey},
 * {@link #secretHeaders}), and only for the origin they were sealed for, so a row whose base_url was
 * edited behind the API's back does not hand its key to the new host. Makes ids and timestamps;
 * maps a taken name to {@code ALREADY_EXISTS} and a missing one to {@code NOT_FOUND}. Blocking:
 * call it off the event loop.
 */
public final class ProviderStore {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};
    private static final String HEADERS_AD_SUFFIX = ":headers";
    /** Set once every row sealed with the id alone (before origins were bound) was sealed anew. */
    private static final String ORIGIN_BOUND_MARKER = "providers.secrets_bound_to_origin";
    static final String MOVE_KEY_MESSAGE = "changing base_url to another origin needs api_key in the same request";
    static final String MOVE_HEADERS_MESSAGE =
            "changing base_url to another origin needs secret_headers in the same request";

    /** The sealed columns of providers, for the master keyset's rotation. */
    public static final List<SealedColumn> SEALED = List.of(
            new SealedColumn("providers.api_key_sealed",
                             "SELECT id AS row_key, api_key_sealed AS sealed, base_url AS context FROM providers "
                             + "WHERE api_key_sealed IS NOT NULL",
                             "UPDATE providers SET api_key_sealed = :sealed WHERE id = :row AND api_key_sealed = :old",
                             ProviderStore::keyAd),
            new SealedColumn("providers.secret_headers_sealed",
                             "SELECT id AS row_key, secret_headers_sealed AS sealed, base_url AS context FROM providers "
                             + "WHERE secret_headers_sealed IS NOT NULL",
                             "UPDATE providers SET secret_headers_sealed = :sealed "
                             + "WHERE id = :row AND secret_headers_sealed = :old",
                             ProviderStore::headersAd));

    private static final Logger logger = LoggerFactory.getLogger(ProviderStore.class);

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
        final String baseUrl = unsaved.baseUrl();
        final StoredProvider provider = unsaved.stored(id, sealKey(apiKey, id, baseUrl),
                                                       sealHeaders(secretHeaders, id, baseUrl), now, now);
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
     * Applies {@code change} to the provider's settings in one transaction, keeping its id and
     * create time whatever {@code change} returns, and its key and secret headers unless replaced.
     * Secrets are bound to the base URL's origin: when {@code change} moves the provider to another
     * origin, each secret it keeps must either come anew in the same request or be sealed again for
     * the new origin, which only a caller trusted to send it there may ask for.
     *
     * @param replaceSecretHeaders the new secret headers, or null to keep the current ones
     * @param replaceKey the new API key, or null to keep the current one
     * @param mayMoveSecrets whether kept secrets may follow the provider to another origin (an
     *                       admin's request); otherwise such a change is {@code PERMISSION_DENIED}
     */
    public StoredProvider update(String name, UnaryOperator<StoredProvider> change,
                                 @Nullable Map<String, Secret> replaceSecretHeaders, @Nullable Secret replaceKey,
                                 boolean mayMoveSecrets) {
        requireNonNull(change, "change");
        return modify(name, current -> {
            final StoredProvider changed = requireNonNull(change.apply(current), "change returned null");
            final boolean moves = !origin(changed.baseUrl()).equals(origin(current.baseUrl()));
            final String id = current.id();
            final String key;
            if (replaceKey != null) {
                key = sealKey(replaceKey, id, changed.baseUrl());
            } else if (current.apiKeySealed() == null || !moves) {
                key = current.apiKeySealed();
            } else if (mayMoveSecrets) {
                key = sealKey(apiKey(current), id, changed.baseUrl());
            } else {
                throw new GatewayException(ErrorKind.PERMISSION_DENIED, MOVE_KEY_MESSAGE);
            }
            final String headers;
            if (replaceSecretHeaders != null) {
                headers = sealHeaders(replaceSecretHeaders, id, changed.baseUrl());
            } else if (current.secretHeadersSealed() == null || !moves) {
                headers = current.secretHeadersSealed();
            } else if (mayMoveSecrets) {
                headers = sealHeaders(secretHeaders(current), id, changed.baseUrl());
            } else {
                throw new GatewayException(ErrorKind.PERMISSION_DENIED, MOVE_HEADERS_MESSAGE);
            }
            return changed.stored(id, key, headers, current.createTime(), now());
        });
    }

    /** Replaces the API key; the old one is gone. */
    public StoredProvider rotateKey(String name, Secret newKey) {
        requireNonNull(newKey, "newKey");
        return modify(name, current -> current.stored(current.id(), sealKey(newKey, current.id(), current.baseUrl()),
                                                      current.secretHeadersSealed(), current.createTime(), now()));
    }

    /**
     * Seals anew, for their origin, the secrets of rows sealed before secrets were bound to origins
     * (with the id alone), one transaction per row; then records that it is done, after which a
     * value sealed the old way never opens again. Idempotent: call it at every start.
     *
     * @return how many rows were sealed anew
     */
    public int bindSecretsToOrigins() {
        final boolean done = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM meta WHERE key = :key")
                                                   .bind("key", ORIGIN_BOUND_MARKER).mapTo(Integer.class).one() > 0);
        if (done) {
            return 0;
        }
        int upgraded = 0;
        for (StoredProvider listed : list()) {
            upgraded += jdbi.inTransaction(h -> {
                final StoredProvider p = dao(h).findByName(listed.name()).orElse(null);
                if (p == null || !p.id().equals(listed.id())) {
                    return 0;
                }
                final String key = bound(p, p.apiKeySealed(), p.id(), keyAd(p.id(), p.baseUrl()));
                final String headers = bound(p, p.secretHeadersSealed(), p.id() + HEADERS_AD_SUFFIX,
                                             headersAd(p.id(), p.baseUrl()));
                if (Objects.equals(key, p.apiKeySealed())
                    && Objects.equals(headers, p.secretHeadersSealed())) {
                    return 0;
                }
                dao(h).update(p.stored(p.id(), key, headers, p.createTime(), p.updateTime()),
                              writeJson(p.headers()));
                return 1;
            });
        }
        // Two processes starting at once may both get here: the second insert does nothing.
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO meta (key, value) SELECT :key, :value "
                                           + "WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = :key)")
                             .bind("key", ORIGIN_BOUND_MARKER).bind("value", "1").execute());
        return upgraded;
    }

    /** {@code sealed} as it must be stored now: as it is if it opens for its origin, else sealed anew from the legacy form. */
    @Nullable
    private String bound(StoredProvider p, @Nullable String sealed, String legacyAd, String ad) {
        if (sealed == null || opens(sealed, ad)) {
            return sealed;
        }
        try {
            return sealer.sealText(sealer.openText(sealed, legacyAd), ad);
        } catch (IllegalStateException e) {
            logger.warn("a sealed secret of provider '{}' ({}) opens neither for its origin nor the old way; "
                        + "left as it is: set it again", p.name(), p.id());
            return sealed;
        }
    }

    private boolean opens(String sealed, String ad) {
        try {
            sealer.openText(sealed, ad);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
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
                : Secret.of(open(provider, provider.apiKeySealed(), keyAd(provider.id(), provider.baseUrl())));
    }

    /** The provider's secret headers, opened, in the order they were given. */
    public Map<String, Secret> secretHeaders(StoredProvider provider) {
        final Map<String, Secret> out = new LinkedHashMap<>();
        if (provider.secretHeadersSealed() != null) {
            readJson(open(provider, provider.secretHeadersSealed(), headersAd(provider.id(), provider.baseUrl())),
                     provider.id())
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

    /**
     * Scheme, host and port of a base URL, lower-case, the port explicit: what a sealed secret is
     * bound to, so that {@code https://h} and {@code https://h:443/v1} are one origin.
     */
    static String origin(String baseUrl) {
        final URI uri;
        try {
            uri = new URI(baseUrl);
        } catch (URISyntaxException e) {
            return "invalid";
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return "invalid";
        }
        final String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        final int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ':' + port;
    }

    static String keyAd(String id, String baseUrl) {
        return id + '|' + origin(baseUrl);
    }

    static String headersAd(String id, String baseUrl) {
        return keyAd(id, baseUrl) + HEADERS_AD_SUFFIX;
    }

    @Nullable
    private String sealKey(@Nullable Secret apiKey, String id, String baseUrl) {
        return apiKey == null ? null : sealer.sealText(apiKey.reveal(), keyAd(id, baseUrl));
    }

    @Nullable
    private String sealHeaders(Map<String, Secret> secretHeaders, String id, String baseUrl) {
        if (secretHeaders.isEmpty()) {
            return null;
        }
        final Map<String, String> revealed = new LinkedHashMap<>();
        secretHeaders.forEach((header, value) -> revealed.put(header, value.reveal()));
        return sealer.sealText(writeJson(revealed), headersAd(id, baseUrl));
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
