package dev.switchboard.server.upstream;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.switchboard.server.crypto.Secret;

/**
 * Scrubs a provider's secrets out of text that came from its upstream (error messages can echo
 * a key), each replaced by its {@link Secret#masked() mask}, and strips URL query strings, where
 * some providers put keys. {@link #credentials} masks what only looks like a credential (bodies
 * the access log keeps may carry anyone's keys and tokens, not just a known provider's).
 */
public final class Redactor {
    private static final Pattern QUERY = Pattern.compile("(https?://[^\\s?\"']+)\\?[^\\s\"']*");
    /** A JSON member whose name says its value is a credential: the value is masked whatever its form. */
    private static final Pattern SECRET_MEMBER = Pattern.compile(
            "(?i)(\"(?:api[_-]?key|x-api-key|x-goog-api-key|authorization|proxy-authorization|access[_-]?token"
            + "|refresh[_-]?token|id[_-]?token|client[_-]?secret|secret|password|token|credential|csrf[_-]?token)\"\\s*:\\s*\")"
            + "((?:[^\"\\\\]|\\\\.)*)\"");
    /** An HTTP credential as written in a header: the scheme stays, the value is masked. */
    private static final Pattern SCHEME_VALUE = Pattern.compile("(?i)\\b(Bearer|Basic)(\\s+)([A-Za-z0-9._~+/=-]{8,})");
    /**
     * Key and token shapes: the gateway's own ("sb-" client keys, "sbs-" client secrets, "sbr-"
     * refresh tokens), OpenAI's and Anthropic's ("sk-"), Google's ("AIza"), and JWTs (access tokens).
     */
    private static final Pattern TOKEN = Pattern.compile(
            "\\b(?:(?:sb[srk]?|sk|rk|pk)-[A-Za-z0-9_-]{12,}|AIza[0-9A-Za-z_-]{30,}"
            + "|eyJ[A-Za-z0-9_-]{6,}\\.[A-Za-z0-9_-]{6,}\\.[A-Za-z0-9_-]*)");

    private final List<Secret> secrets;

    public Redactor(List<Secret> secrets) {
        // Shorter than four characters, a "secret" would mask every such run of letters. Long
        // secrets first, so a secret containing another is replaced whole.
        this.secrets = secrets.stream().filter(s -> s.reveal().length() >= 4)
                              .sorted(Comparator.comparingInt((Secret s) -> s.reveal().length()).reversed())
                              .toList();
    }

    public String redact(String text) {
        String out = text;
        for (Secret s : secrets) {
            if (out.contains(s.reveal())) {
                out = out.replace(s.reveal(), s.masked());
            }
        }
        return QUERY.matcher(out).replaceAll("$1?<redacted>");
    }

    /**
     * {@code text} with every credential-looking value masked: members named like a key, token,
     * secret or password, {@code Bearer}/{@code Basic} values, and key and token shapes.
     */
    public static String credentials(String text) {
        String out = SECRET_MEMBER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + mask(m.group(2)) + '"'));
        out = SCHEME_VALUE.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + m.group(2) + mask(m.group(3))));
        return TOKEN.matcher(out).replaceAll(m -> Matcher.quoteReplacement(mask(m.group())));
    }

    private static String mask(String value) {
        // Already masked (a member's value and a token shape can both match): left as it is.
        return value.startsWith("****") ? value : Secret.of(value).masked();
    }
}
