package dev.switchboard.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import com.linecorp.armeria.common.TlsKeyPair;

/** Certificates the tests make, written as PEM the way an operator's files look, and clients that trust them. */
public final class Pem {
    private Pem() {}

    public static String certificate(X509Certificate cert) {
        try {
            return block("CERTIFICATE", cert.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key in PKCS#8 ("BEGIN PRIVATE KEY"). */
    public static String privateKey(TlsKeyPair pair) {
        return block("PRIVATE KEY", pair.privateKey().getEncoded());
    }

    /** Writes the pair's certificate and key to {@code cert} and {@code key}. */
    public static void write(TlsKeyPair pair, Path cert, Path key) {
        try {
            Files.writeString(cert, certificate(pair.certificateChain().get(0)));
            Files.writeString(key, privateKey(pair));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A trust manager that trusts only {@code cert}. */
    public static X509TrustManager trusting(X509Certificate cert) {
        try {
            final KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("test", cert);
            final TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            return (X509TrustManager) tmf.getTrustManagers()[0];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A TLS context whose only trusted certificate is {@code cert}. */
    public static SSLContext sslContext(X509Certificate cert) {
        try {
            final SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new javax.net.ssl.TrustManager[] { trusting(cert) }, null);
            return ctx;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String block(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
               + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
               + "\n-----END " + type + "-----\n";
    }
}
