package dev.switchboard.server.oauth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.server.Server;
import com.linecorp.armeria.server.ServerBuilder;

import dev.switchboard.server.access.Access;
import dev.switchboard.server.auth.AdminKey;
import dev.switchboard.server.auth.FailureGate;
import dev.switchboard.server.crypto.KeyedHash;
import dev.switchboard.server.storage.Storage;

/**
 * The token endpoint is open (AuthDecorator lets it through), so it feeds the same per-address
 * failure gate itself: failed client authentications and subject tokens count, and an address
 * the gate limits is refused before its credentials are looked at.
 */
class TokenEndpointFailureGateTest {
    @TempDir
    Path dataDir;
    Storage storage;
    ScheduledExecutorService background;
    Access access;
    OAuth oauth;
    Server server;
    final List<InetAddress> failed = new CopyOnWriteArrayList<>();
    final AtomicBoolean limited = new AtomicBoolean();

    @BeforeEach
    void start() {
        storage = Storage.open(dataDir, null);
        background = Executors.newSingleThreadScheduledExecutor();
        final KeyedHash hash = KeyedHash.open(storage.jdbi(), storage.sealer());
        access = Access.open(storage.jdbi(), hash, Clock.systemUTC(), background);
        oauth = OAuth.open(TokenSettings.defaults(null), storage.jdbi(), storage.sealer(), hash, access.directory(),
                           access.store(), Clock.systemUTC(), background);
        final FailureGate gate = new FailureGate() {
            @Override
            public boolean limited(InetAddress address) {
                return limited.get();
            }

            @Override
            public void failed(InetAddress address) {
                failed.add(address);
            }
        };
        final ServerBuilder sb = Server.builder().http(new InetSocketAddress("127.0.0.1", 0));
        oauth.configure(sb, access.authenticator(AdminKey.load(dataDir, "sb-gate-test-admin-key-0123"), List.of(oauth.verifier())), gate,
                        new dev.switchboard.server.audit.AuditLog(storage.jdbi()));
        server = sb.build();
        server.start().join();
        oauth.started(server, "127.0.0.1");
    }

    @AfterEach
    void stop() {
        server.stop().join();
        oauth.close();
        access.close();
        background.shutdownNow();
        storage.close();
    }

    private AggregatedHttpResponse post(String form) {
        return WebClient.of("http://127.0.0.1:" + server.activeLocalPort())
                        .execute(RequestHeaders.builder(HttpMethod.POST, "/oauth/token")
                                               .contentType(MediaType.FORM_DATA).build(),
                                 HttpData.of(UTF_8, form)).aggregate().join();
    }

    @Test
    void failedClientAuthenticationsAndSubjectTokensCountAndALimitedAddressIsRefused() throws Exception {
        assertThat(post("grant_type=client_credentials&client_id=sbc-x&client_secret=sbs-y").status().code())
                .isEqualTo(400);
        assertThat(post("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange&subject_token=sb-nope"
                        + "&subject_token_type=urn%3Aswitchboard%3Aparams%3Aoauth%3Atoken-type%3Aapi_key")
                           .status().code()).isEqualTo(400);
        // The failures are recorded on the event loop just after the answer: give it a moment.
        for (int i = 0; i < 50 && failed.size() < 2; i++) {
            Thread.sleep(20);
        }
        assertThat(failed).hasSize(2).allMatch(InetAddress::isLoopbackAddress);

        limited.set(true);
        final AggregatedHttpResponse refused = post("grant_type=client_credentials&client_id=sbc-x&client_secret=sbs-y");
        assertThat(refused.status().code()).isEqualTo(429);
        assertThat(refused.headers().get("retry-after")).isEqualTo("60");
        assertThat(new ObjectMapper().readTree(refused.contentUtf8()).get("error").asText())
                .isEqualTo("temporarily_unavailable");
        assertThat(failed).hasSize(2);
    }
}
