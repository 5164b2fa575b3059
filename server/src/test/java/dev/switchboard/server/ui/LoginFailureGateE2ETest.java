package dev.switchboard.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.linecorp.armeria.client.WebClient;

import dev.switchboard.server.testing.TestGateway;

/** Guessing credentials through the login is limited like guessing them anywhere else. */
class LoginFailureGateE2ETest {
    @TempDir
    static Path dir;
    static TestGateway gateway;

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(TestGateway.config(dir).withAuthFailuresPerMinute(3));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void failedLoginsCountIntoTheAddresssLimit() throws Exception {
        final Browser b = new Browser(WebClient.of(gateway.baseUrl()));
        // Three a minute are allowed; past them the address is refused before its credential is read.
        // (Counted per calendar minute: should one end mid-test, counting starts again.)
        int refusedAfter = -1;
        for (int i = 0; i < 10 && refusedAfter < 0; i++) {
            final int status = b.login("sb-" + "G".repeat(41) + i + 'x').status().code();
            assertThat(status).isIn(401, 429);
            if (status == 429) {
                refusedAfter = i;
            }
        }
        assertThat(refusedAfter).as("failed logins before the 429").isGreaterThanOrEqualTo(4);
        assertThat(b.login(TestGateway.ADMIN_KEY).status().code()).as("even the right key, for now").isEqualTo(429);
        assertThat(b.cookie).isNull();
    }
}
