package dev.switchboard.server.provider;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.common.RequestHeadersBuilder;

/**
 * The request headers of one provider's calls, whole: method, path under the base URL, scheme,
 * authority, user agent, auth and configured headers. A POST's headers are built once per path
 * and format headers and then reused: with every header Armeria would add already present, the
 * client sends them as they are, where building them per request cost a builder, a validation of
 * every value and three copies (the path joined to the base URL's, the user agent and authority
 * merged, the content length set — only the last remains).
 *
 * <p>Carries the key and secret headers in clear, like the provider it belongs to.
 */
public final class UpstreamHeaders {
    /** Paths differ only by model for some formats (Gemini): keep the cache bounded all the same. */
    private static final int MAX_CACHED = 256;
    private static final String USER_AGENT = "switchboard";

    private record Key(String path, Map<String, String> formatHeaders) {}

    private final String basePath;
    private final String scheme;
    private final String authority;
    private final HttpHeaders common;
    private final Map<Key, RequestHeaders> posts = new ConcurrentHashMap<>();

    private UpstreamHeaders(String basePath, String scheme, String authority, HttpHeaders common) {
        this.basePath = basePath;
        this.scheme = scheme;
        this.authority = authority;
        this.common = common;
    }

    /**
     * For a provider at {@code baseUrl} (absolute, no query; a trailing slash is ignored) whose
     * every request carries {@code common}. Its client must be made for {@link #origin} only.
     */
    public static UpstreamHeaders of(String baseUrl, HttpHeaders common) {
        final URI uri = URI.create(baseUrl);
        final String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return new UpstreamHeaders(path.endsWith("/") ? path.substring(0, path.length() - 1) : path,
                                   uri.getScheme(), authority(uri), common);
    }

    /** Scheme and authority of the base URL: what the provider's client is made for. */
    public String origin() {
        return scheme + "://" + authority;
    }

    /** A JSON POST to {@code path} (under the base URL) with the format's own headers, which win. */
    public RequestHeaders post(String path, Map<String, String> formatHeaders) {
        final Key key = new Key(path, formatHeaders);
        final RequestHeaders cached = posts.get(key);
        if (cached != null) {
            return cached;
        }
        final RequestHeadersBuilder b = builder(HttpMethod.POST, path).contentType(MediaType.JSON_UTF_8);
        formatHeaders.forEach(b::set);
        final RequestHeaders built = b.build();
        if (posts.size() < MAX_CACHED) {
            posts.putIfAbsent(key, built);
        }
        return built;
    }

    /** A GET of {@code path} under the base URL (model lists: not cached). */
    public RequestHeaders get(String path) {
        return builder(HttpMethod.GET, path).build();
    }

    /** A GET of {@code path} on the base URL's host, outside its base path (a catalog at the root). */
    public RequestHeaders getAtOrigin(String path) {
        return builder(HttpMethod.GET, "", path).build();
    }

    private RequestHeadersBuilder builder(HttpMethod method, String path) {
        return builder(method, basePath, path);
    }

    private RequestHeadersBuilder builder(HttpMethod method, String base, String path) {
        final RequestHeadersBuilder b = RequestHeaders.builder(method, base + path)
                                                      .scheme(scheme)
                                                      .authority(authority)
                                                      .add(common);
        if (!b.contains(HttpHeaderNames.USER_AGENT)) {
            b.add(HttpHeaderNames.USER_AGENT, USER_AGENT);
        }
        return b;
    }

    /** Host and port as the client's endpoint names them: the scheme's default port left out. */
    private static String authority(URI uri) {
        final int port = uri.getPort();
        final boolean defaultPort = port == -1 || port == 80 && "http".equals(uri.getScheme())
                                    || port == 443 && "https".equals(uri.getScheme());
        final String host = uri.getHost().indexOf(':') >= 0 && !uri.getHost().startsWith("[")
                            ? '[' + uri.getHost() + ']' : uri.getHost();
        return defaultPort ? host : host + ':' + port;
    }
}
