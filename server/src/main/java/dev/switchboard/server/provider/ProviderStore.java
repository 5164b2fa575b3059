package dev.switchboard.server.provider;

import static java.util.Objects.requireNonNull;

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
import org.jdbi.v3.core.statement.StatementException;
import com.linecorp.armeria.common.annotation.Nullable;

/**
 * Providers in the database, their API key and secret headers sealed with the provider's id as
 * associated data. Makes ids and timestamps; maps a taken name to {@code ALREADY_EXISTS} and a
 * missing one to {@code NOT_FOUND}. Blocking: call it off the event loop.
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

    /** Stores a new provider under a fresh id; {@code ALREADY_EXISTS} if the name is taken. */
    public StoredProvider create(ProviderSpec spec, @Nullable Secret apiKey, Map<String, Secret> secretHeaders) {
        final Instant now = now();
        final StoredProvider provider =
                new StoredProvider(UUID.randomUUID().toString(), spec, apiKey, secretHeaders, now, now);
        final ProviderRow row = toRow(provider);
        jdbi.useHandle(handle -> mapNameClash(spec.name(), () -> dao(handle).insert(row)));
        return provider;
    }

    public Optional<StoredProvider> find(String name) {
        requireNonNull(name, "name");
        return jdbi.withHandle(handle -> dao(handle).findByName(name)).map(this::fromRow);
    }

    /** Every provider, ordered by name. */
    public List<StoredProvider> list() {
        return jdbi.withHandle(handle -> dao(handle).listAll())
                   .stream()
                   .sorted(Comparator.comparing(ProviderRow::name))
                   .map(this::fromRow)
                   .toList();
    }

    /**
     * Applies {@code change} to the provider's spec in one transaction, keeping its id, key and
     * create time.
     *
     * @param replaceSecretHeaders the new secret headers, or null to keep the current ones
     */
    public StoredProvider update(String name, UnaryOperator<ProviderSpec> change,
                                 @Nullable Map<String, Secret> replaceSecretHeaders) {
        requireNonNull(change, "change");
        return modify(name, current -> new StoredProvider(
                current.id(), requireNonNull(change.apply(current.spec()), "change returned null"),
                current.apiKey(),
                replaceSecretHeaders != null ? replaceSecretHeaders : current.secretHeaders(),
                current.createTime(), now()));
    }

    /** Replaces the API key; the old one is gone. */
    public StoredProvider rotateKey(String name, Secret newKey) {
        requireNonNull(newKey, "newKey");
        return modify(name, current -> new StoredProvider(
                current.id(), current.spec(), newKey, current.secretHeaders(), current.createTime(), now()));
    }

    /** Removes the provider and its sealed secrets; false if there was none by that name. */
    public boolean delete(String name) {
        requireNonNull(name, "name");
        return jdbi.withHandle(handle -> dao(handle).deleteByName(name)) > 0;
    }

    private StoredProvider modify(String name, UnaryOperator<StoredProvider> change) {
        requireNonNull(name, "name");
        return jdbi.inTransaction(handle -> {
            final ProviderDao dao = dao(handle);
            final StoredProvider current = dao.findByName(name).map(this::fromRow).orElseThrow(
                    () -> new GatewayException(ErrorKind.NOT_FOUND, "provider '" + name + "' not found"));
            final StoredProvider changed = change.apply(current);
            final ProviderRow row = toRow(changed);
            mapNameClash(changed.name(), () -> dao.update(row));
            return changed;
        });
    }

    private static ProviderDao dao(Handle handle) {
        return handle.attach(ProviderDao.class);
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

    private ProviderRow toRow(StoredProvider provider) {
        final String id = provider.id();
        final ProviderSpec spec = provider.spec();
        final Secret apiKey = provider.apiKey();
        final String sealedKey = apiKey == null ? null : sealer.sealText(apiKey.reveal(), id);
        final String sealedHeaders;
        if (provider.secretHeaders().isEmpty()) {
            sealedHeaders = null;
        } else {
            final Map<String, String> revealed = new LinkedHashMap<>();
            provider.secretHeaders().forEach((header, value) -> revealed.put(header, value.reveal()));
            sealedHeaders = sealer.sealText(writeJson(revealed), id + HEADERS_AD_SUFFIX);
        }
        return new ProviderRow(id, spec.name(), spec.preset(), spec.apiFormat(), spec.baseUrl(), sealedKey,
                               writeJson(spec.headers()), sealedHeaders, spec.timeout().toMillis(),
                               spec.enabled(), provider.createTime().toEpochMilli(),
                               provider.updateTime().toEpochMilli(), spec.timing().connectTimeout().toMillis(),
                               spec.timing().firstTokenTimeout().toMillis(),
                               spec.timing().healthCheckInterval().toMillis());
    }

    private StoredProvider fromRow(ProviderRow row) {
        final String id = row.id();
        final ProviderSpec spec = new ProviderSpec(row.name(), row.preset(), row.apiFormat(), row.baseUrl(),
                                                   readJson(row.headersJson(), id),
                                                   Duration.ofMillis(row.timeoutMs()), row.enabled(),
                                                   new ProviderSpec.Timing(Duration.ofMillis(row.connectTimeoutMs()),
                                                                           Duration.ofMillis(row.firstTokenTimeoutMs()),
                                                                           Duration.ofMillis(row.healthCheckIntervalMs())));
        final Secret apiKey = row.apiKeySealed() == null ? null
                : Secret.of(open(row, row.apiKeySealed(), id));
        final Map<String, Secret> secretHeaders = new LinkedHashMap<>();
        if (row.secretHeadersSealed() != null) {
            readJson(open(row, row.secretHeadersSealed(), id + HEADERS_AD_SUFFIX), id)
                    .forEach((header, value) -> secretHeaders.put(header, Secret.of(value)));
        }
        return new StoredProvider(id, spec, apiKey, secretHeaders, Instant.ofEpochMilli(row.createTime()),
                                  Instant.ofEpochMilli(row.updateTime()));
    }

    private String open(ProviderRow row, String sealed, String associatedData) {
        try {
            return sealer.openText(sealed, associatedData);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(
                    "sealed secrets of provider '" + row.name() + "' (" + row.id() + ") cannot be opened", e);
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
