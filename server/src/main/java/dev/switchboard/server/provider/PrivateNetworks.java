package dev.switchboard.server.provider;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.transcoder.error.GatewayException;

/**
 * Which addresses a provider without {@code allow_private_network} may not reach: the gateway's
 * own host and the networks behind it (loopback, RFC 1918 and unique-local, link-local with the
 * cloud metadata service, carrier-grade NAT, multicast, unspecified and reserved), in their IPv4,
 * IPv6 and IPv4-embedding IPv6 forms. Checked when such a provider is saved and, by {@link
 * GuardedResolverGroup}, again on every connection.
 */
public final class PrivateNetworks {
    private PrivateNetworks() {}

    /** Why {@code address} is off limits ("loopback", "private", ...), or null when it is public. */
    @Nullable
    public static String forbidden(InetAddress address) {
        final byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return forbiddenV4(b, 0);
        }
        if (address instanceof Inet6Address) {
            return forbiddenV6(b);
        }
        return "unknown";
    }

    /**
     * Refuses a base URL whose host is, or resolves to, a forbidden address: {@code
     * INVALID_ARGUMENT} naming the field, the host and why. Resolves the name, so it blocks: admin
     * calls run on the blocking executor.
     */
    static void checkBaseUrl(String baseUrl) {
        final String host = URI.create(baseUrl).getHost();
        final String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        final InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw GatewayException.invalid("base_url: host '" + host + "' does not resolve, so it cannot be checked "
                                           + "against private addresses (allow_private_network is false)");
        }
        for (InetAddress a : addresses) {
            final String why = forbidden(a);
            if (why != null) {
                throw GatewayException.invalid("base_url: " + describe(host, a, why)
                                               + ", which a provider with allow_private_network false may not reach");
            }
        }
    }

    /** "localhost resolves to a loopback address (127.0.0.1)", or "127.0.0.1 is a loopback address". */
    static String describe(String host, InetAddress address, String why) {
        final String ip = address.getHostAddress();
        final String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        final String article = why.matches("[aeiou].*") ? "an " : "a ";
        return bare.equalsIgnoreCase(ip) ? host + " is " + article + why + " address"
                                         : host + " resolves to " + article + why + " address (" + ip + ')';
    }

    @Nullable
    private static String forbiddenV4(byte[] b, int at) {
        final int a0 = b[at] & 0xff;
        final int a1 = b[at + 1] & 0xff;
        if (a0 == 0) {
            return "unspecified";
        }
        if (a0 == 127) {
            return "loopback";
        }
        if (a0 == 10 || a0 == 172 && (a1 & 0xf0) == 16 || a0 == 192 && a1 == 168) {
            return "private";
        }
        if (a0 == 169 && a1 == 254) {
            return "link-local";
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return "carrier-grade NAT";
        }
        if ((a0 & 0xf0) == 224) {
            return "multicast";
        }
        if ((a0 & 0xf0) == 240) {
            // 240/4 and the limited broadcast 255.255.255.255.
            return "reserved";
        }
        return null;
    }

    @Nullable
    private static String forbiddenV6(byte[] b) {
        if (zeros(b, 0, 10)) {
            final int w5 = (b[10] & 0xff) << 8 | b[11] & 0xff;
            if (w5 == 0xffff) {
                return forbiddenV4(b, 12);
            }
            if (w5 == 0) {
                if (zeros(b, 12, 15) && (b[15] == 0 || b[15] == 1)) {
                    return b[15] == 0 ? "unspecified" : "loopback";
                }
                // Deprecated IPv4-compatible form (::a.b.c.d): some stacks still route it over IPv4.
                return forbiddenV4(b, 12);
            }
        }
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
            && zeros(b, 4, 12)) {
            // The NAT64 well-known prefix 64:ff9b::/96 reaches the embedded IPv4 address.
            return forbiddenV4(b, 12);
        }
        final int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return "private";
        }
        if (first == 0xfe && (b[1] & 0xc0) == 0x80) {
            return "link-local";
        }
        if (first == 0xfe && (b[1] & 0xc0) == 0xc0) {
            // Deprecated site-local fec0::/10: private by another name.
            return "private";
        }
        if (first == 0xff) {
            return "multicast";
        }
        return null;
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
