package dev.switchboard.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.linecorp.armeria.server.ServiceConfig;
import com.linecorp.armeria.server.grpc.GrpcService;

import dev.switchboard.server.testing.TestGateway;

/** Nothing the server serves escapes the role table: a route added without a row fails here. */
class PermissionsTest {
    @TempDir
    Path dataDir;

    @Test
    void everyRouteTheServerServesIsInTheTableOrOpen() {
        try (TestGateway gw = TestGateway.start(dataDir)) {
            final List<String> missing = new ArrayList<>();
            int routes = 0;
            for (ServiceConfig sc : gw.server().serviceConfigs()) {
                final String pattern = sc.route().patternString();
                if (sc.service().as(GrpcService.class) != null || sc.route().isFallback()) {
                    continue;
                }
                routes++;
                final String path = sc.route().paths().isEmpty() ? pattern : sc.route().paths().get(0);
                if (!Permissions.isOpen(path) && Permissions.forRoute(pattern) == null) {
                    missing.add(pattern);
                }
            }
            assertThat(routes).isGreaterThan(8);
            assertThat(missing).isEmpty();
        }
    }

    @Test
    void everyRoleIsAllowedSomethingAndOnlyAdminsEverything() {
        for (Role role : Role.values()) {
            assertThat(Permissions.table().values().stream().filter(roles -> roles.contains(role)).count())
                    .as(role.name()).isPositive();
        }
        assertThat(Permissions.table().values()).allMatch(roles -> roles.contains(Role.ADMIN));
        assertThat(Permissions.forMethod("switchboard.v1.Nothing/Here")).isNull();
        assertThat(Permissions.forRoute("/v1/responses/{id}")).isEqualTo(Permissions.forRoute("/v1/responses/:id"));
    }
}
