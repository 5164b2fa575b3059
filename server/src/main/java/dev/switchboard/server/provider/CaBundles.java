package dev.switchboard.server.provider;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

import dev.switchboard.transcoder.error.GatewayException;

/**
 * A provider's extra CA certificates ({@code ca_bundle}, PEM): validated when the provider is
 * saved, and turned into a trust manager that accepts what the system's CAs accept or what the
 * bundle's accept. Verification stays on either way: hostnames and chains are checked by the
 * JDK's own PKIX trust managers.
 */
final class CaBundles {
    /** Far more than any real bundle (the whole Mozilla set is ~220 KB). */
    static final int MAX_BYTES = 1024 * 1024;

    private CaBundles() {}

    /** The bundle's certificates; {@code INVALID_ARGUMENT} naming the field when it is not a PEM bundle. */
    static List<X509Certificate> parse(String pem) {
        if (pem.length() > MAX_BYTES) {
            throw GatewayException.invalid("ca_bundle: " + pem.length() + " characters (expected: <= " + MAX_BYTES + ')');
        }
        // Said plainly because the bundle is shown back by the admin API: a key must not end up in it.
        if (pem.contains("PRIVATE KEY-----")) {
            throw GatewayException.invalid("ca_bundle: contains a private key (expected: CA certificates only)");
        }
        if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
            throw GatewayException.invalid("ca_bundle: no '-----BEGIN CERTIFICATE-----' block "
                                           + "(expected: PEM-encoded X.509 certificates)");
        }
        final Collection<? extends java.security.cert.Certificate> certs;
        try {
            certs = CertificateFactory.getInstance("X.509").generateCertificates(
                    new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw GatewayException.invalid("ca_bundle: not a bundle of X.509 certificates (" + e.getMessage() + ')');
        }
        final List<X509Certificate> out = new ArrayList<>();
        for (java.security.cert.Certificate c : certs) {
            out.add((X509Certificate) c);
        }
        if (out.isEmpty()) {
            throw GatewayException.invalid("ca_bundle: no certificate found (expected: PEM-encoded X.509 certificates)");
        }
        return out;
    }

    /** Trusts the system's CAs and the bundle's. */
    static X509ExtendedTrustManager trustManager(String pem) {
        try {
            final KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (X509Certificate c : parse(pem)) {
                store.setCertificateEntry("ca-" + i++, c);
            }
            return new Either(pkix(null), pkix(store));
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a trust manager for a CA bundle", e);
        }
    }

    private static X509ExtendedTrustManager pkix(KeyStore store) throws GeneralSecurityException {
        final TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509ExtendedTrustManager) {
                return (X509ExtendedTrustManager) tm;
            }
        }
        throw new GeneralSecurityException("no X509ExtendedTrustManager from " + tmf.getAlgorithm());
    }

    /** The first trust manager's verdict, else the second's: either set of CAs may vouch for a server. */
    private static final class Either extends X509ExtendedTrustManager {
        private final X509ExtendedTrustManager system;
        private final X509ExtendedTrustManager bundle;

        Either(X509ExtendedTrustManager system, X509ExtendedTrustManager bundle) {
            this.system = system;
            this.bundle = bundle;
        }

        private interface Check {
            void run(X509ExtendedTrustManager tm) throws CertificateException;
        }

        private void either(Check check) throws CertificateException {
            try {
                check.run(system);
            } catch (CertificateException bySystem) {
                try {
                    check.run(bundle);
                } catch (CertificateException byBundle) {
                    byBundle.addSuppressed(bySystem);
                    throw byBundle;
                }
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            either(tm -> tm.checkServerTrusted(chain, authType, engine));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            either(tm -> tm.checkServerTrusted(chain, authType, socket));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            either(tm -> tm.checkServerTrusted(chain, authType));
        }

        // The gateway is the client here: nobody asks it to judge client certificates.
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("client certificates are not accepted here");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("client certificates are not accepted here");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client certificates are not accepted here");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return Stream.concat(Arrays.stream(system.getAcceptedIssuers()), Arrays.stream(bundle.getAcceptedIssuers()))
                         .toArray(X509Certificate[]::new);
        }
    }
}
