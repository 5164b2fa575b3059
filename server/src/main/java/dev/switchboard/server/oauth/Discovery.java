package dev.switchboard.server.oauth;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.server.ServerBuilder;

/**
 * The public discovery documents: the JWK set of the signing keys ({@code /.well-known/jwks.json})
 * and RFC 8414 authorization server metadata ({@code /.well-known/oauth-authorization-server}).
 * Cached by clients for a few minutes only, so a rotation reaches them well before the previous
 * key leaves the set.
 */
final class Discovery {
    static final String JWKS_PATH = "/.well-known/jwks.json";
    static final String METADATA_PATH = "/.well-known/oauth-authorization-server";
    private static final String CACHE = "public, max-age=300";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private Discovery() {}

    static void register(ServerBuilder sb, SigningKeys keys, PublicUrl issuer) {
        sb.route().get(JWKS_PATH).build((ctx, req) -> document(HttpData.ofUtf8(keys.jwks())));
        sb.route().get(METADATA_PATH).build((ctx, req) -> document(metadata(issuer.get())));
    }

    static HttpData metadata(String issuer) {
        final ObjectNode m = JSON.createObjectNode();
        m.put("issuer", issuer);
        m.put("token_endpoint", issuer + TokenEndpoint.PATH);
        m.put("jwks_uri", issuer + JWKS_PATH);
        strings(m, "grant_types_supported", List.of(TokenEndpoint.CLIENT_CREDENTIALS, TokenEndpoint.TOKEN_EXCHANGE,
                                                   TokenEndpoint.REFRESH_TOKEN));
        strings(m, "token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        // REQUIRED by RFC 8414 §2; there is no authorization endpoint, so no response type.
        strings(m, "response_types_supported", List.of());
        strings(m, "scopes_supported", List.of("admin", "operator", "member", "viewer"));
        try {
            return HttpData.wrap(JSON.writeValueAsBytes(m));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void strings(ObjectNode m, String name, List<String> values) {
        values.forEach(m.putArray(name)::add);
    }

    private static HttpResponse document(HttpData body) {
        return HttpResponse.of(ResponseHeaders.builder(HttpStatus.OK)
                                              .contentType(MediaType.JSON_UTF_8)
                                              .add(HttpHeaderNames.CACHE_CONTROL, CACHE)
                                              .build(), body);
    }
}
