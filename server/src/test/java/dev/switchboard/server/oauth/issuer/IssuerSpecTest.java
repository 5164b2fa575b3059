package dev.switchboard.server.oauth.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.switchboard.server.auth.Role;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.Issuer;

class IssuerSpecTest {
    static Issuer.Builder valid() {
        return Issuer.newBuilder().setName("corp-sso").setIssuer("https://sso.example.com/realms/corp")
                     .setJwksUrl("https://sso.example.com/realms/corp/protocol/openid-connect/certs")
                     .setAudience("switchboard").setDefaultRole("viewer");
    }

    @Test
    void fillsDefaults() {
        final IssuerSpec spec = IssuerSpec.of(valid().build());
        assertThat(spec.userClaim()).isEqualTo("sub");
        assertThat(spec.algorithms()).containsExactly("RS256", "ES256");
        assertThat(spec.defaultRole()).isEqualTo(Role.VIEWER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "NONE", "HS256", "HS384", "HS512", "hs256"})
    void refusesNoneAndHmac(String alg) {
        assertInvalid(valid().addAlgorithms("RS256").addAlgorithms(alg), "issuer.algorithms: '");
    }

    @Test
    void refusesUnknownAlgorithm() {
        assertInvalid(valid().addAlgorithms("EdDSA"), "issuer.algorithms: 'EdDSA'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://sso.example.com/certs", "http://10.0.0.5/certs", "http://169.254.169.254/x",
                            "http://127.example.com/certs", "ftp://127.0.0.1/certs", "not a url", "",
                            "https://user:pw@sso.example.com/certs", "/relative/certs"})
    void refusesJwksUrlsThatAreNotHttpsOrLoopback(String url) {
        assertInvalid(valid().setJwksUrl(url), "issuer.jwks_url:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/certs", "http://localhost/certs", "http://[::1]:9000/certs",
                            "https://sso.example.com/certs?realm=corp"})
    void acceptsHttpsAndLoopbackHttp(String url) {
        assertThat(IssuerSpec.of(valid().setJwksUrl(url).build()).jwksUrl()).isEqualTo(url);
    }

    @Test
    void checksNamesAndRequiredFields() {
        assertInvalid(valid().setName("a:b"), "issuer.name: 'a:b'");
        assertInvalid(valid().setName(""), "issuer.name: ''");
        assertInvalid(valid().setIssuer(""), "issuer.issuer:");
        assertInvalid(valid().setAudience(""), "issuer.audience:");
        assertInvalid(valid().setAudience(" switchboard"), "issuer.audience:");
    }

    @Test
    void checksRoles() {
        assertInvalid(valid().setDefaultRole("root"), "issuer.default_role: 'root'");
        assertInvalid(valid().setRoleClaim("groups").putRoleMap("admins", "superuser"),
                      "issuer.role_map['admins']: 'superuser'");
        assertInvalid(valid().putRoleMap("admins", "admin"), "issuer.role_claim: required with role_map");
        assertInvalid(valid().clearDefaultRole(), "issuer: set default_role");
    }

    @Test
    void theHighestMappedRoleWinsElseTheDefault() {
        final IssuerSpec spec = IssuerSpec.of(valid().setRoleClaim("groups").putRoleMap("staff", "member")
                                                     .putRoleMap("platform", "operator").build());
        assertThat(spec.role(List.of("staff", "platform", "other"))).isEqualTo(Role.OPERATOR);
        assertThat(spec.role(List.of("platform", "staff"))).isEqualTo(Role.OPERATOR);
        assertThat(spec.role(List.of("other"))).isEqualTo(Role.VIEWER);
        final IssuerSpec noDefault = IssuerSpec.of(valid().clearDefaultRole().setRoleClaim("groups")
                                                          .putRoleMap("staff", "member").build());
        assertThat(noDefault.role(List.of("other"))).isNull();
    }

    private static void assertInvalid(Issuer.Builder b, String message) {
        assertThatThrownBy(() -> IssuerSpec.of(b.build()))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST))
                .hasMessageContaining(message);
    }
}
