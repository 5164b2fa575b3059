package dev.switchboard.server.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

/** The forbidden ranges, written from RFC 1918, 3927, 4193, 4291, 5735, 6598 and 6052. */
class PrivateNetworksTest {
    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, loopback",
            "127.255.0.9, loopback",
            "::1, loopback",
            "10.1.2.3, private",
            "172.16.0.1, private",
            "172.31.255.255, private",
            "192.168.1.10, private",
            "fc00::1, private",
            "fd12:3456::1, private",
            "169.254.169.254, link-local",
            "fe80::1, link-local",
            "febf::1, link-local",
            "100.64.0.1, carrier-grade NAT",
            "100.127.255.254, carrier-grade NAT",
            "224.0.0.1, multicast",
            "239.255.255.250, multicast",
            "ff02::1, multicast",
            "0.0.0.0, unspecified",
            "::, unspecified",
            "255.255.255.255, reserved",
            "240.0.0.1, reserved",
            "::127.0.0.1, loopback",
            "64:ff9b::a9fe:a9fe, link-local",
            "fec0::1, private",
    })
    void refusesTheGatewaysOwnNetworks(String ip, String why) throws Exception {
        assertThat(PrivateNetworks.forbidden(InetAddress.getByName(ip))).isEqualTo(why);
    }

    @ParameterizedTest
    @CsvSource({ "8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1",
                 "192.169.0.1", "169.253.0.1", "2606:4700:4700::1111", "2001:db8::1", "64:ff9b::808:808" })
    void letsPublicAddressesThrough(String ip) throws Exception {
        assertThat(PrivateNetworks.forbidden(InetAddress.getByName(ip))).isNull();
    }

    @Test
    void ipv4MappedIpv6FormsAreJudgedByTheirIpv4Address() throws Exception {
        // Built as an Inet6Address on purpose: InetAddress.getByName would hand back the IPv4 form.
        final byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = (byte) 169;
        mapped[13] = (byte) 254;
        mapped[14] = (byte) 169;
        mapped[15] = (byte) 254;
        assertThat(PrivateNetworks.forbidden(Inet6Address.getByAddress(null, mapped, -1))).isEqualTo("link-local");
        mapped[12] = 8;
        mapped[13] = 8;
        mapped[14] = 8;
        mapped[15] = 8;
        assertThat(PrivateNetworks.forbidden(Inet6Address.getByAddress(null, mapped, -1))).isNull();
        assertThat(PrivateNetworks.forbidden(InetAddress.getByName("::ffff:127.0.0.1"))).isEqualTo("loopback");
    }

    @Test
    void aBaseUrlIsCheckedByWhatItsHostResolvesTo() {
        assertThatThrownBy(() -> PrivateNetworks.checkBaseUrl("http://127.0.0.1:8080/v1"))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST))
                .hasMessage("base_url: 127.0.0.1 is a loopback address, which a provider with "
                            + "allow_private_network false may not reach");
        assertThatThrownBy(() -> PrivateNetworks.checkBaseUrl("http://169.254.169.254/latest/meta-data"))
                .hasMessageContaining("169.254.169.254 is a link-local address");
        assertThatThrownBy(() -> PrivateNetworks.checkBaseUrl("http://[::ffff:a9fe:a9fe]/"))
                .hasMessageContaining("link-local");
        assertThatThrownBy(() -> PrivateNetworks.checkBaseUrl("https://localhost:11434"))
                .hasMessageStartingWith("base_url: localhost resolves to a loopback address (");
        assertThatThrownBy(() -> PrivateNetworks.checkBaseUrl("http://no-such-host.invalid/v1"))
                .hasMessageContaining("does not resolve");
        PrivateNetworks.checkBaseUrl("http://8.8.8.8/v1");
    }
}
