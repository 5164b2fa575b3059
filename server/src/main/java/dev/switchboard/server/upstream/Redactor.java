package dev.switchboard.server.upstream;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Scrubs a provider's secrets out of text that came from its upstream (error messages can echo
 * a key) and strips URL query strings, where some providers put keys.
 */
public final class Redactor {
    private static final Pattern QUERY = Pattern.compile("(https?://[^\\s?\"']+)\\?[^\\s\"']*");

    private final List<String> secrets;

    public Redactor(List<String> secrets) {
        // Long secrets first, so a secret containing another is replaced whole.
        this.secrets = secrets.stream().filter(s -> s.length() >= 4)
                              .sorted((a, b) -> b.length() - a.length()).toList();
    }

    public String redact(String text) {
        String out = text;
        for (String s : secrets) {
            if (out.contains(s)) {
                out = out.replace(s, "****" + s.substring(s.length() - 4));
            }
        }
        return QUERY.matcher(out).replaceAll("$1?<redacted>");
    }
}
