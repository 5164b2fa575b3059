package dev.switchboard.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.switchboard.server.storage.StartupException;
import dev.switchboard.server.testing.TestGateway;

/** SWITCHBOARD_ADMIN_KEY=off retires the bootstrap key, but never locks every admin out. */
class AdminKeyOffE2ETest {
    @TempDir
    Path dataDir;

    @Test
    void theAdminKeyTurnsOffOnlyOnceAnAdminUserHasAKey() {
        assertThatThrownBy(() -> TestGateway.start(TestGateway.config(dataDir).withAdminKey("off")))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("no enabled admin user has an active API key");

        final String adminUserKey;
        try (TestGateway gw = TestGateway.start(dataDir)) {
            gw.createUser("root", "admin");
            adminUserKey = gw.createKey("root", "");
        }
        try (TestGateway gw = TestGateway.start(TestGateway.config(dataDir).withAdminKey("off"))) {
            assertThat(gw.get("/admin/v1/users").status().code()).as("the old admin key").isEqualTo(401);
            assertThat(gw.as(adminUserKey).get("/admin/v1/users").aggregate().join().status().code()).isEqualTo(200);
        }
    }
}
