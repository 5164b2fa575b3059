package dev.switchboard.server.upstream;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import dev.switchboard.server.crypto.Secret;

/**
 * Scrubs a provider's secrets out of text that came from its upstream (error messages can echo
 * a key), each replaced by its {@link Secret#masked() mask}, and strips URL query strings, where
 * some providers put keys.
 */
public final class Redactor {
    private static final Pattern QUERY = Pattern.compile("(https?://[^\\s?\"']+)\\?[^\\s\"']*");

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
}
