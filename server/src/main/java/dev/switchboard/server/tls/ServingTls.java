package dev.switchboard.server.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.TlsKeyPair;
import com.linecorp.armeria.common.TlsProvider;

import dev.switchboard.server.storage.StartupException;

/**
 * The server's certificate and key, from two PEM files. Their modification times and sizes are
 * polled off the event loop; a changed pair is read and checked (the key must sign what the
 * certificate's public key verifies) before it replaces the one served, so a half-written or
 * mismatched pair keeps the previous one and logs a warning that never shows the key.
 */
public final class ServingTls implements TlsProvider {
    private static final Logger logger = LoggerFactory.getLogger(ServingTls.class);
    /** How often the files are looked at: a renewed certificate is served within this time. */
    public static final Duration POLL_INTERVAL = Duration.ofSeconds(2);

    /** What identifies one version of the two files without reading them. */
    private record Stamp(FileTime certModified, long certSize, FileTime keyModified, long keySize) {}

    private final Path certFile;
    private final Path keyFile;
    private volatile TlsKeyPair current;
    private Stamp seen;
    private ScheduledFuture<?> poll;

    private ServingTls(Path certFile, Path keyFile, TlsKeyPair current, Stamp seen) {
        this.certFile = certFile;
        this.keyFile = keyFile;
        this.current = current;
        this.seen = seen;
    }

    /**
     * Reads the pair and starts polling the files on {@code scheduler}. A pair that cannot be
     * served fails the start with a message naming the files.
     */
    public static ServingTls start(Path certFile, Path keyFile, ScheduledExecutorService scheduler,
                                   Duration interval) {
        final Stamp stamp;
        final TlsKeyPair pair;
        try {
            stamp = stamp(certFile, keyFile);
            pair = read(certFile, keyFile);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new StartupException("--tls-cert " + certFile + " / --tls-key " + keyFile + ": " + describe(e));
        }
        final ServingTls tls = new ServingTls(certFile, keyFile, pair, stamp);
        tls.poll = scheduler.scheduleWithFixedDelay(tls::refresh, interval.toMillis(), interval.toMillis(),
                                                    TimeUnit.MILLISECONDS);
        return tls;
    }

    @Override
    public TlsKeyPair keyPair(String hostname) {
        return current;
    }

    /** The certificate served now (the leaf). */
    public X509Certificate certificate() {
        return current.certificateChain().get(0);
    }

    /** Reads the files again if they changed since the last look; a bad pair keeps the current one. */
    synchronized void refresh() {
        final Stamp stamp;
        try {
            stamp = stamp(certFile, keyFile);
        } catch (IOException e) {
            // Mid-replacement (one file renamed away): the next look will see the new pair.
            return;
        }
        if (stamp.equals(seen)) {
            return;
        }
        seen = stamp;
        try {
            current = read(certFile, keyFile);
            logger.info("TLS: serving the new certificate from {} (subject {}, valid until {})", certFile,
                        certificate().getSubjectX500Principal(), certificate().getNotAfter().toInstant());
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            logger.warn("TLS: the changed {} / {} cannot be served ({}); still serving the previous certificate",
                        certFile, keyFile, describe(e));
        }
    }

    @Override
    public void close() {
        if (poll != null) {
            poll.cancel(false);
        }
    }

    private static Stamp stamp(Path cert, Path key) throws IOException {
        final BasicFileAttributes c = Files.readAttributes(cert, BasicFileAttributes.class);
        final BasicFileAttributes k = Files.readAttributes(key, BasicFileAttributes.class);
        return new Stamp(c.lastModifiedTime(), c.size(), k.lastModifiedTime(), k.size());
    }

    private static TlsKeyPair read(Path cert, Path key) throws IOException, GeneralSecurityException {
        // Read once each, so both checks and the pair see the same bytes.
        final byte[] certPem = Files.readAllBytes(cert);
        final byte[] keyPem = Files.readAllBytes(key);
        if (!new String(keyPem, StandardCharsets.US_ASCII).contains("PRIVATE KEY-----")) {
            throw new GeneralSecurityException("the key file holds no PEM private key");
        }
        final TlsKeyPair pair = TlsKeyPair.of(new java.io.ByteArrayInputStream(keyPem),
                                              new java.io.ByteArrayInputStream(certPem));
        final List<X509Certificate> chain = pair.certificateChain();
        if (chain.isEmpty()) {
            throw new GeneralSecurityException("the certificate file holds no certificate");
        }
        if (!matches(pair.privateKey(), chain.get(0).getPublicKey())) {
            throw new GeneralSecurityException("the key does not belong to the certificate");
        }
        return pair;
    }

    /** Whether {@code key} signs what {@code pub} verifies: the pair belongs together. */
    private static boolean matches(PrivateKey key, PublicKey pub) throws GeneralSecurityException {
        final String algorithm;
        switch (key.getAlgorithm()) {
            case "RSA": algorithm = "SHA256withRSA"; break;
            case "EC": algorithm = "SHA256withECDSA"; break;
            case "Ed25519":
            case "EdDSA": algorithm = "Ed25519"; break;
            default: throw new GeneralSecurityException("unsupported key algorithm " + key.getAlgorithm());
        }
        final byte[] probe = "switchboard tls pair check".getBytes(StandardCharsets.US_ASCII);
        final Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(probe);
        final byte[] signature = signer.sign();
        final Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(pub);
        verifier.update(probe);
        return verifier.verify(signature);
    }

    /**
     * What went wrong, without the exception's own message where a parser might quote the
     * file's content (a key must never reach a log).
     */
    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + e.getMessage();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        if (e instanceof GeneralSecurityException && e.getClass() == GeneralSecurityException.class) {
            return e.getMessage();
        }
        if (e instanceof IllegalArgumentException || e instanceof GeneralSecurityException) {
            return "not a PEM certificate chain and private key (" + e.getClass().getSimpleName() + ')';
        }
        return e.getClass().getSimpleName();
    }
}
