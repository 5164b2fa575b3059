package dev.switchboard.server.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import org.junit.jupiter.api.Test;

import com.linecorp.armeria.common.TlsKeyPair;

import dev.switchboard.server.testing.Pem;

class CaBundlesTest {
    private static final TlsKeyPair ONE = TlsKeyPair.ofSelfSigned("one.test");
    private static final TlsKeyPair TWO = TlsKeyPair.ofSelfSigned("two.test");

    @Test
    void parsesEveryCertificateOfABundle() {
        final String bundle = Pem.certificate(cert(ONE)) + Pem.certificate(cert(TWO));
        assertThat(CaBundles.parse(bundle)).containsExactly(cert(ONE), cert(TWO));
    }

    @Test
    void refusesWhatIsNotABundleOfCertificatesNamingTheField() {
        assertThatThrownBy(() -> CaBundles.parse("hello")).hasMessageStartingWith("ca_bundle: ")
                                                          .hasMessageContaining("BEGIN CERTIFICATE");
        assertThatThrownBy(() -> CaBundles.parse("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n"))
                .hasMessageStartingWith("ca_bundle: not a bundle of X.509 certificates");
        assertThatThrownBy(() -> CaBundles.parse(Pem.certificate(cert(ONE)) + Pem.privateKey(ONE)))
                .hasMessage("ca_bundle: contains a private key (expected: CA certificates only)");
    }

    @Test
    void theTrustManagerAcceptsTheBundlesCertificatesAndStillRefusesOthers() throws Exception {
        final var tm = CaBundles.trustManager(Pem.certificate(cert(ONE)));
        tm.checkServerTrusted(new X509Certificate[] { cert(ONE) }, "RSA");
        assertThatThrownBy(() -> tm.checkServerTrusted(new X509Certificate[] { cert(TWO) }, "RSA"))
                .isInstanceOf(CertificateException.class);
        assertThat(tm.getAcceptedIssuers()).contains(cert(ONE)).hasSizeGreaterThan(1);
    }

    private static X509Certificate cert(TlsKeyPair pair) {
        return pair.certificateChain().get(0);
    }
}
