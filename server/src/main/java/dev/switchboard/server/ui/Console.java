package dev.switchboard.server.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.server.HttpService;
import com.linecorp.armeria.server.ServerBuilder;
import com.linecorp.armeria.server.file.FileService;

import dev.switchboard.server.auth.Authenticator;
import dev.switchboard.server.auth.FailureGate;

/**
 * Puts the console on a server: {@code GET /ui} redirects to {@code /ui/}, which serves
 * {@code index.html}; {@code /ui/assets/*} the built files; {@code /ui/api/session} the login.
 * The files come from the jar's {@code ui/} folder, or from {@code --ui-dir} (for working on the
 * console without rebuilding the jar: nothing is cached then, a rebuilt file is served at once).
 */
public final class Console {
    /** The classpath folder the console's build is packed into. */
    static final String CLASSPATH_ROOT = "ui";

    private Console() {}

    /**
     * @param uiDir the folder to serve instead of the jar's files, or null
     * @param httpsBehindProxy the gateway's public URL is https: a proxy terminates TLS in front
     *                         of it, so the cookie is Secure even on a plain-HTTP request
     */
    public static void configure(ServerBuilder sb, @Nullable Path uiDir, boolean httpsBehindProxy,
                                 SessionStore sessions, Authenticator authenticator, FailureGate failures) {
        final ConsoleHeaders headers = new ConsoleHeaders();
        final FileService files;
        if (uiDir != null) {
            if (!Files.isDirectory(uiDir)) {
                throw new IllegalArgumentException("--ui-dir: " + uiDir + " (expected: a directory holding index.html)");
            }
            files = FileService.builder(uiDir).maxCacheEntries(0).build();
        } else {
            files = FileService.builder(Console.class.getClassLoader(), CLASSPATH_ROOT).build();
        }
        // The session API before the files: the more specific route.
        sb.service("/ui/api/session",
                   new SessionApi(sessions, authenticator, failures, httpsBehindProxy, Clock.systemUTC()).decorate(headers));
        // 308: a permanent redirect that keeps the method.
        final ResponseHeaders toFolder = ResponseHeaders.of(HttpStatus.valueOf(308), HttpHeaderNames.LOCATION, "/ui/");
        sb.service("/ui", ((HttpService) (ctx, req) -> HttpResponse.of(toFolder)).decorate(headers));
        sb.serviceUnder("/ui/", files.decorate(headers));
    }
}
