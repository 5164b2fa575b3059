package dev.switchboard.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.api.AnnotationsProto;
import com.google.api.HttpRule;
import com.google.protobuf.Descriptors;
import com.google.protobuf.Message;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.common.RequestHeadersBuilder;

import dev.switchboard.server.testing.FakeIdp;
import dev.switchboard.server.testing.SecretsSeen;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.v1.AccessAdminGrpc;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.LimitAdminGrpc;
import dev.switchboard.v1.PriceAdminGrpc;
import dev.switchboard.v1.ProviderAdminGrpc;
import dev.switchboard.v1.UsageAdminGrpc;

import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;

/**
 * The role × operation matrix, written here as the specification (not read from {@link
 * Permissions}): every RPC over gRPC and, where it has one, over its /admin/v1 HTTP transcoding,
 * and every REST route, called by every role and by credentials that must not work. An allowed
 * call may still fail for its empty input (NOT_FOUND, INVALID_ARGUMENT); it must not be refused as
 * unauthenticated or forbidden. A forbidden one is 403 / PERMISSION_DENIED, a bad credential 401 /
 * UNAUTHENTICATED. Every kind of credential plays every role it can: the admin key, API keys, an
 * access token from the gateway's token endpoint, and an external issuer's tokens; the refused ones
 * include revoked and expired keys and JWTs with a wrong aud or iss, alg none, an expired exp, a
 * forged signature and an unknown kid.
 */
class AccessMatrixE2ETest {
    static final Set<Role> ALL = EnumSet.allOf(Role.class);
    static final Set<Role> USERS = EnumSet.of(Role.ADMIN, Role.OPERATOR, Role.MEMBER);
    static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    static final Set<Role> OPERATORS = EnumSet.of(Role.ADMIN, Role.OPERATOR);

    /** The specification: operation → the roles that may call it. */
    static final Map<String, Set<Role>> SPEC = new LinkedHashMap<>();

    static {
        for (String m : List.of("GetProvider", "ListProviders", "ListPresets", "GetAlias", "ListAliases")) {
            SPEC.put("ProviderAdmin/" + m, ALL);
        }
        for (String m : List.of("CreateProvider", "UpdateProvider", "DeleteProvider", "TestProvider",
                                "ListProviderModels", "RotateProviderKey", "CreateAlias", "UpdateAlias",
                                "DeleteAlias")) {
            SPEC.put("ProviderAdmin/" + m, USERS);
        }
        for (String m : List.of("ListModels", "GetModel")) {
            SPEC.put("Inference/" + m, ALL);
        }
        for (String m : List.of("CreateChatCompletion", "StreamChatCompletion", "CreateEmbeddings", "CountTokens",
                                "CreateResponse", "StreamResponse", "GetResponse", "DeleteResponse")) {
            SPEC.put("Inference/" + m, USERS);
        }
        for (String m : List.of("GetCaller", "GetUser", "CreateKey", "GetKey", "ListKeys", "RevokeKey", "RotateKey",
                                "RevokeRefreshTokens")) {
            SPEC.put("AccessAdmin/" + m, ALL);
        }
        for (String m : List.of("CreateUser", "ListUsers", "UpdateUser", "DeleteUser", "CreateOAuthClient",
                                "GetOAuthClient", "ListOAuthClients", "UpdateOAuthClient", "DeleteOAuthClient",
                                "CreateIssuer", "GetIssuer", "ListIssuers", "UpdateIssuer", "DeleteIssuer",
                                "ListSigningKeys", "RotateSigningKey", "RotateKeyset", "GetKeysetStatus",
                                "ListAuditEntries", "VerifyAudit")) {
            SPEC.put("AccessAdmin/" + m, ADMIN);
        }
        // Usage: everyone reads (a member only their own), as JSON and as CSV, on every binding.
        for (String m : List.of("GetUsage", "ListUsageRecords")) {
            SPEC.put("UsageAdmin/" + m, ALL);
        }
        SPEC.put("GET /admin/v1/providers/matrix-none/usage", ALL);
        SPEC.put("GET /v1/usage", ALL);
        for (String path : List.of("/admin/v1/usage", "/admin/v1/providers/matrix-none/usage", "/v1/usage",
                                   "/admin/v1/usage/records")) {
            SPEC.put("GET " + path + " text/csv", ALL);
        }
        SPEC.put("PriceAdmin/ListPrices", ALL);
        SPEC.put("PriceAdmin/SetPrice", OPERATORS);
        SPEC.put("PriceAdmin/DeletePrice", OPERATORS);
        SPEC.put("LimitAdmin/SetLimits", EnumSet.of(Role.ADMIN, Role.OPERATOR));
        SPEC.put("LimitAdmin/GetLimits", ALL);
        SPEC.put("LimitAdmin/ListLimits", ALL);
        SPEC.put("LimitAdmin/DeleteLimits", EnumSet.of(Role.ADMIN, Role.OPERATOR));
        SPEC.put("POST /v1/chat/completions", USERS);
        SPEC.put("POST /v1/embeddings", USERS);
        SPEC.put("POST /v1/messages", USERS);
        SPEC.put("POST /v1/messages/count_tokens", USERS);
        SPEC.put("POST /v1/responses", USERS);
        SPEC.put("GET /v1/responses/resp_x", USERS);
        SPEC.put("DELETE /v1/responses/resp_x", USERS);
        SPEC.put("GET /v1/models", ALL);
        SPEC.put("GET /v1/models/some-model", ALL);
        // The whole gateway's traffic: those who watch it, not a member (docs/observability.md).
        SPEC.put("GET /metrics", EnumSet.of(Role.ADMIN, Role.OPERATOR, Role.VIEWER));
    }

    static final List<ServiceDescriptor> SERVICES = List.of(
            ProviderAdminGrpc.getServiceDescriptor(), InferenceGrpc.getServiceDescriptor(),
            AccessAdminGrpc.getServiceDescriptor(), UsageAdminGrpc.getServiceDescriptor(),
            PriceAdminGrpc.getServiceDescriptor(), LimitAdminGrpc.getServiceDescriptor());

    @TempDir
    static Path dataDir;
    static TestGateway gateway;
    static ManagedChannel channel;
    /** A working credential per role (the admin role twice: the admin key and an admin user's key). */
    static final Map<String, Role> credentials = new LinkedHashMap<>();
    /** Credentials that must be refused as unauthenticated. */
    static final Map<String, String> refused = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        // Hundreds of refused credentials from one address: above the limit that answers 429.
        gateway = TestGateway.start(TestGateway.config(dataDir).withAuthFailuresPerMinute(100_000));
        channel = gateway.channel();
        credentials.put(TestGateway.ADMIN_KEY, Role.ADMIN);
        for (Role role : Role.values()) {
            gateway.createUser("matrix-" + role.wire(), role.wire());
            credentials.put(gateway.createKey("matrix-" + role.wire(), ""), role);
        }
        gateway.createUser("matrix-gone", "member");
        final String revoked = gateway.createKey("matrix-gone", "");
        final String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                gateway.as(revoked).get("/admin/v1/me").aggregate().join().contentUtf8()).get("key_id").asText();
        assertThat(gateway.post("/admin/v1/keys/" + id + ":revoke", "{}").status().code()).isEqualTo(200);
        refused.put("a revoked key", revoked);
        final Instant soon = Instant.now().plusMillis(300);
        refused.put("an expired key", gateway.createKey("matrix-gone", "\"expire_time\":\"" + soon + '"'));
        refused.put("an unknown key", "sb-" + "A".repeat(43));
        refused.put("garbage", "not-a-key");
        refused.put("a JWT with alg none",
                    "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInNjb3BlIjoiYWRtaW4ifQ.");

        // The gateway's own access token, exchanged for a member's key.
        final String member = credentials.entrySet().stream().filter(e -> e.getValue() == Role.MEMBER)
                                         .map(Map.Entry::getKey).findFirst().orElseThrow();
        final AggregatedHttpResponse exchanged = WebClient.of(gateway.baseUrl()).execute(HttpRequest.of(
                RequestHeaders.builder(HttpMethod.POST, "/oauth/token").contentType(MediaType.FORM_DATA).build(),
                HttpData.ofUtf8("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange"
                                + "&subject_token_type=urn%3Aswitchboard%3Aparams%3Aoauth%3Atoken-type%3Aapi_key"
                                + "&subject_token=" + member))).aggregate().join();
        assertThat(exchanged.status().code()).as(exchanged.contentUtf8()).isEqualTo(200);
        final String accessToken = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(exchanged.contentUtf8()).get("access_token").asText();
        SecretsSeen.record(accessToken);
        credentials.put(accessToken, Role.MEMBER);

        // An external identity provider's tokens, one per mapped role, and every way one must fail.
        idp = new FakeIdp();
        final FakeIdp.Key key = FakeIdp.rsa("matrix-1");
        idp.publish(List.of(key));
        final AggregatedHttpResponse issuer = gateway.post("/admin/v1/issuers", "{\"name\":\"idp\",\"issuer\":\"" + ISS
                + "\",\"jwks_url\":\"" + idp.jwksUrl() + "\",\"audience\":\"" + AUD + "\",\"role_claim\":\"roles\","
                + "\"role_map\":{\"a\":\"admin\",\"o\":\"operator\",\"m\":\"member\",\"v\":\"viewer\"}}");
        assertThat(issuer.status().code()).as(issuer.contentUtf8()).isEqualTo(200);
        for (Role role : Role.values()) {
            final String group = role.wire().substring(0, 1);
            credentials.put(record(FakeIdp.token(key, claims("ext-" + role.wire(), group))), role);
        }
        final FakeIdp.Key stranger = FakeIdp.rsa("matrix-1");
        refused.put("a JWT with a wrong aud", record(FakeIdp.token(key, with(claims("ext-x", "a"), "aud", "other"))));
        refused.put("a JWT with a wrong iss", record(FakeIdp.token(key, with(claims("ext-x", "a"), "iss",
                                                                             "https://evil.example"))));
        refused.put("a JWT with alg none from the issuer", record(FakeIdp.unsigned(claims("ext-x", "a"))));
        refused.put("an expired JWT", record(FakeIdp.token(key, with(claims("ext-x", "a"), "exp",
                                                                     Instant.now().minusSeconds(180).getEpochSecond()))));
        refused.put("a JWT with a forged signature", record(FakeIdp.token(stranger, claims("ext-x", "a"))));
        refused.put("a JWT from an unknown kid",
                    record(FakeIdp.token(stranger, Map.of("kid", "matrix-unknown"), claims("ext-x", "a"))));
        Thread.sleep(Math.max(0, soon.toEpochMilli() - System.currentTimeMillis() + 50));
    }

    static final String ISS = "https://idp.matrix.example";
    static final String AUD = "switchboard-matrix";
    static FakeIdp idp;

    static Map<String, Object> claims(String sub, String group) {
        final Map<String, Object> c = new java.util.HashMap<>();
        c.put("iss", ISS);
        c.put("aud", AUD);
        c.put("sub", sub);
        c.put("iat", Instant.now().getEpochSecond());
        c.put("exp", Instant.now().plusSeconds(600).getEpochSecond());
        c.put("roles", List.of(group));
        return c;
    }

    static Map<String, Object> with(Map<String, Object> c, String claim, Object value) {
        c.put(claim, value);
        return c;
    }

    static String record(String token) {
        SecretsSeen.record(token);
        return token;
    }

    @AfterAll
    static void stop() throws InterruptedException {
        TestGateway.shutdown(channel);
        gateway.close();
        idp.close();
    }

    @Test
    void theSpecificationNamesEveryRpc() {
        final Set<String> rpcs = new TreeSet<>();
        for (ServiceDescriptor sd : SERVICES) {
            for (MethodDescriptor<?, ?> md : sd.getMethods()) {
                rpcs.add(md.getFullMethodName().replace("switchboard.v1.", ""));
            }
        }
        final Set<String> specified = new TreeSet<>(SPEC.keySet());
        specified.removeIf(k -> k.startsWith("/") || k.contains(" "));
        assertThat(specified).isEqualTo(rpcs);
    }

    @Test
    void everyRoleOverGrpc() {
        final List<String> wrong = new ArrayList<>();
        for (ServiceDescriptor sd : SERVICES) {
            for (MethodDescriptor<?, ?> md : sd.getMethods()) {
                final Set<Role> allowed = SPEC.get(md.getFullMethodName().replace("switchboard.v1.", ""));
                credentials.forEach((credential, role) -> {
                    final Status.Code code = grpc(md, credential);
                    final boolean ok = allowed.contains(role)
                                       ? code != Status.Code.PERMISSION_DENIED && code != Status.Code.UNAUTHENTICATED
                                       : code == Status.Code.PERMISSION_DENIED;
                    if (!ok) {
                        wrong.add(md.getFullMethodName() + " as " + role + ": " + code);
                    }
                });
                refused.forEach((what, credential) -> {
                    final Status.Code code = grpc(md, credential);
                    if (code != Status.Code.UNAUTHENTICATED) {
                        wrong.add(md.getFullMethodName() + " with " + what + ": " + code);
                    }
                });
                if (grpc(md, null) != Status.Code.UNAUTHENTICATED) {
                    wrong.add(md.getFullMethodName() + " without a credential");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyRoleOverRest() {
        final Map<String, Set<Role>> routes = new LinkedHashMap<>();
        for (ServiceDescriptor sd : SERVICES) {
            for (MethodDescriptor<?, ?> md : sd.getMethods()) {
                final String rest = restOf(md);
                if (rest != null) {
                    routes.put(rest, SPEC.get(md.getFullMethodName().replace("switchboard.v1.", "")));
                }
            }
        }
        SPEC.forEach((k, roles) -> {
            if (k.contains(" /v1/") || k.contains(" /admin/v1/") || k.endsWith(" /metrics")) {
                routes.put(k, roles);
            }
        });
        assertThat(routes).hasSizeGreaterThan(40);
        final List<String> wrong = new ArrayList<>();
        routes.forEach((route, allowed) -> {
            credentials.forEach((credential, role) -> {
                final int status = rest(route, credential);
                final boolean ok = allowed.contains(role) ? status != 401 && status != 403 : status == 403;
                if (!ok) {
                    wrong.add(route + " as " + role + ": " + status);
                }
            });
            refused.forEach((what, credential) -> {
                final int status = rest(route, credential);
                if (status != 401) {
                    wrong.add(route + " with " + what + ": " + status);
                }
            });
            if (rest(route, null) != 401) {
                wrong.add(route + " without a credential");
            }
        });
        assertThat(wrong).isEmpty();
    }

    /** The status of calling {@code md} with an empty request (the first message of a stream). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Status.Code grpc(MethodDescriptor<?, ?> md, String credential) {
        final Message request = (Message) ((MethodDescriptor.PrototypeMarshaller) md.getRequestMarshaller())
                .getMessagePrototype();
        CallOptions options = CallOptions.DEFAULT.withDeadlineAfter(10, java.util.concurrent.TimeUnit.SECONDS);
        if (credential != null) {
            options = options.withCallCredentials(TestGateway.bearer(credential));
        }
        try {
            if (md.getType() == MethodDescriptor.MethodType.SERVER_STREAMING) {
                ClientCalls.blockingServerStreamingCall(channel, (MethodDescriptor) md, options, request)
                           .forEachRemaining(x -> {});
            } else {
                ClientCalls.blockingUnaryCall(channel, (MethodDescriptor) md, options, request);
            }
            return Status.Code.OK;
        } catch (StatusRuntimeException e) {
            return e.getStatus().getCode();
        }
    }

    /** "VERB /path" of the method's HTTP transcoding, path parameters filled in, or null. */
    static String restOf(MethodDescriptor<?, ?> md) {
        final Descriptors.MethodDescriptor proto = ((io.grpc.protobuf.ProtoMethodDescriptorSupplier)
                md.getSchemaDescriptor()).getMethodDescriptor();
        if (!proto.getOptions().hasExtension(AnnotationsProto.http)) {
            return null;
        }
        final HttpRule rule = proto.getOptions().getExtension(AnnotationsProto.http);
        final String verb;
        final String path;
        switch (rule.getPatternCase()) {
            case GET: verb = "GET"; path = rule.getGet(); break;
            case POST: verb = "POST"; path = rule.getPost(); break;
            case PATCH: verb = "PATCH"; path = rule.getPatch(); break;
            case DELETE: verb = "DELETE"; path = rule.getDelete(); break;
            case PUT: verb = "PUT"; path = rule.getPut(); break;
            default: throw new AssertionError(rule);
        }
        return verb + ' ' + path.replaceAll("\\{[a-z_]+(=[^}]*)?}", "matrix-none");
    }

    static int rest(String route, String credential) {
        final int space = route.indexOf(' ');
        final HttpMethod method = HttpMethod.valueOf(route.substring(0, space));
        // "VERB /path" or "VERB /path accept-type".
        final String[] target = route.substring(space + 1).split(" ", 2);
        final String path = target[0];
        final WebClient client = credential == null ? WebClient.of(gateway.baseUrl()) : gateway.as(credential);
        final RequestHeadersBuilder builder = RequestHeaders.builder(method, path).contentType(MediaType.JSON_UTF_8);
        if (target.length > 1) {
            builder.add("accept", target[1]);
        }
        final RequestHeaders headers = builder.build();
        final AggregatedHttpResponse res = method == HttpMethod.GET || method == HttpMethod.DELETE
                                           ? client.execute(HttpRequest.of(headers)).aggregate().join()
                                           : client.execute(HttpRequest.of(headers, HttpData.ofUtf8("{}")))
                                                   .aggregate().join();
        return res.status().code();
    }
}
