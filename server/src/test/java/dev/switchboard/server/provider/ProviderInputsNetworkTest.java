package dev.switchboard.server.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.linecorp.armeria.common.TlsKeyPair;

import dev.switchboard.server.testing.Pem;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.Provider;

/** allow_private_network and ca_bundle as admin input: defaults, who may set what, validation. */
class ProviderInputsNetworkTest {
    static final String PUBLIC = "https://8.8.8.8/v1";
    static final String BUNDLE = Pem.certificate(TlsKeyPair.ofSelfSigned("ca.test").certificateChain().get(0));

    private static Provider.Builder provider(String baseUrl) {
        return Provider.newBuilder().setName("p").setPreset("custom").setBaseUrl(baseUrl);
    }

    @Test
    void trustedCallersDefaultToPrivateNetworksAllowedOthersToGuarded() {
        assertThat(ProviderInputs.forCreate(provider(PUBLIC).build()).allowPrivateNetwork()).isTrue();
        assertThat(ProviderInputs.forCreate(provider(PUBLIC).build(), true).allowPrivateNetwork()).isTrue();
        assertThat(ProviderInputs.forCreate(provider(PUBLIC).build(), false).allowPrivateNetwork()).isFalse();
        assertThat(ProviderInputs.forCreate(provider(PUBLIC).setAllowPrivateNetwork(false).build(), true)
                                 .allowPrivateNetwork()).isFalse();
    }

    @Test
    void onlyTrustedCallersMayAllowPrivateNetworks() {
        assertThatThrownBy(() -> ProviderInputs.forCreate(provider(PUBLIC).setAllowPrivateNetwork(true).build(), false))
                .isInstanceOfSatisfying(GatewayException.class,
                                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.PERMISSION_DENIED))
                .hasMessageStartingWith("allow_private_network: only admins and operators");
        final StoredProvider guarded = ProviderInputs.forCreate(provider(PUBLIC).build(), false);
        assertThatThrownBy(() -> ProviderInputs.applyMask(guarded, provider(PUBLIC).setAllowPrivateNetwork(true).build(),
                                                          List.of("allow_private_network"), Map.of(), false))
                .isInstanceOfSatisfying(GatewayException.class,
                                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.PERMISSION_DENIED));
        assertThat(ProviderInputs.applyMask(guarded, provider(PUBLIC).setAllowPrivateNetwork(true).build(),
                                            List.of("allow_private_network"), Map.of()).allowPrivateNetwork()).isTrue();
    }

    @Test
    void aGuardedProviderIsCheckedOnEveryUpdateNotOnlyWhenItsUrlChanges() {
        final StoredProvider open = ProviderInputs.forCreate(provider("http://10.0.0.7:11434/v1").build());
        assertThatThrownBy(() -> ProviderInputs.applyMask(open, provider("").setAllowPrivateNetwork(false).build(),
                                                          List.of("allow_private_network"), Map.of()))
                .isInstanceOfSatisfying(GatewayException.class,
                                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST))
                .hasMessage("base_url: 10.0.0.7 is a private address, which a provider with allow_private_network "
                            + "false may not reach");
    }

    @Test
    void theCaBundleIsValidatedOnCreateAndInMasks() {
        assertThat(ProviderInputs.forCreate(provider(PUBLIC).setCaBundle(BUNDLE).build()).caBundle()).isEqualTo(BUNDLE);
        assertThat(ProviderInputs.forCreate(provider(PUBLIC).build()).caBundle()).isNull();
        assertThatThrownBy(() -> ProviderInputs.forCreate(provider(PUBLIC).setCaBundle("garbage").build()))
                .isInstanceOfSatisfying(GatewayException.class,
                                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST))
                .hasMessageStartingWith("ca_bundle: ");

        final StoredProvider cur = ProviderInputs.forCreate(provider(PUBLIC).build());
        final StoredProvider withBundle = ProviderInputs.applyMask(cur, provider("").setCaBundle(BUNDLE).build(),
                                                                   List.of("ca_bundle"), Map.of());
        assertThat(withBundle.caBundle()).isEqualTo(BUNDLE);
        assertThat(ProviderInputs.applyMask(withBundle, provider("").build(), List.of("ca_bundle"), Map.of()).caBundle())
                .as("an empty ca_bundle in the mask removes it").isNull();
        assertThat(ProviderInputs.impliedMask(Provider.newBuilder().setCaBundle(BUNDLE).setAllowPrivateNetwork(false).build()))
                .containsExactly("allow_private_network", "ca_bundle");
    }
}
