package dev.switchboard.server.auth;

import static dev.switchboard.server.auth.Role.ADMIN;
import static dev.switchboard.server.auth.Role.MEMBER;
import static dev.switchboard.server.auth.Role.OPERATOR;
import static dev.switchboard.server.auth.Role.VIEWER;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.linecorp.armeria.common.annotation.Nullable;

/**
 * The one table that decides which role may call which RPC and route; nothing else decides it.
 * What a role may call, the service then narrows to what the caller may see: a member's own
 * providers, aliases, keys and stored responses (another user's answer NOT_FOUND). An RPC or route
 * missing from the table is refused for everyone ({@code PermissionsTest} fails the build when
 * one is missing). docs/security.md shows the table.
 */
public final class Permissions {
    /** Everyone with a credential. */
    static final Set<Role> ANYONE = EnumSet.allOf(Role.class);
    /** Calls that spend money upstream or change the caller's own things. */
    static final Set<Role> USERS = EnumSet.of(ADMIN, OPERATOR, MEMBER);
    static final Set<Role> OPERATORS = EnumSet.of(ADMIN, OPERATOR);
    static final Set<Role> ADMINS = EnumSet.of(ADMIN);
    /** Who reads the whole gateway's traffic (/metrics): not a member, whose view is their own things. */
    static final Set<Role> OBSERVERS = EnumSet.of(ADMIN, OPERATOR, VIEWER);

    private static final String PA = "switchboard.v1.ProviderAdmin/";
    private static final String IN = "switchboard.v1.Inference/";
    private static final String AA = "switchboard.v1.AccessAdmin/";
    private static final String UA = "switchboard.v1.UsageAdmin/";
    private static final String PR = "switchboard.v1.PriceAdmin/";
    private static final String LA = "switchboard.v1.LimitAdmin/";

    /** gRPC full method name → roles. Also governs the methods' HTTP/JSON transcoding under /admin/v1. */
    private static final Map<String, Set<Role>> RPCS = new TreeMap<>(Map.ofEntries(
            // Members bring their own providers and aliases; viewers read (secrets are never shown).
            Map.entry(PA + "CreateProvider", USERS),
            Map.entry(PA + "GetProvider", ANYONE),
            Map.entry(PA + "ListProviders", ANYONE),
            Map.entry(PA + "UpdateProvider", USERS),
            Map.entry(PA + "DeleteProvider", USERS),
            Map.entry(PA + "TestProvider", USERS),
            Map.entry(PA + "ListProviderModels", USERS),
            Map.entry(PA + "RotateProviderKey", USERS),
            Map.entry(PA + "ListPresets", ANYONE),
            Map.entry(PA + "CreateAlias", USERS),
            Map.entry(PA + "GetAlias", ANYONE),
            Map.entry(PA + "ListAliases", ANYONE),
            Map.entry(PA + "UpdateAlias", USERS),
            Map.entry(PA + "DeleteAlias", USERS),
            // Inference spends money upstream: not for viewers, who may still list models.
            Map.entry(IN + "CreateChatCompletion", USERS),
            Map.entry(IN + "StreamChatCompletion", USERS),
            Map.entry(IN + "ListModels", ANYONE),
            Map.entry(IN + "GetModel", ANYONE),
            Map.entry(IN + "CreateEmbeddings", USERS),
            Map.entry(IN + "CountTokens", USERS),
            Map.entry(IN + "CreateResponse", USERS),
            Map.entry(IN + "StreamResponse", USERS),
            Map.entry(IN + "GetResponse", USERS),
            Map.entry(IN + "DeleteResponse", USERS),
            // Everyone manages their own keys and sessions; the service scopes them to the caller.
            Map.entry(AA + "GetCaller", ANYONE),
            Map.entry(AA + "GetUser", ANYONE),
            Map.entry(AA + "CreateKey", ANYONE),
            Map.entry(AA + "GetKey", ANYONE),
            Map.entry(AA + "ListKeys", ANYONE),
            Map.entry(AA + "RevokeKey", ANYONE),
            Map.entry(AA + "RotateKey", ANYONE),
            Map.entry(AA + "RevokeRefreshTokens", ANYONE),
            // Who may act, how tokens are made and what was done: admins only.
            Map.entry(AA + "CreateUser", ADMINS),
            Map.entry(AA + "ListUsers", ADMINS),
            Map.entry(AA + "UpdateUser", ADMINS),
            Map.entry(AA + "DeleteUser", ADMINS),
            Map.entry(AA + "CreateOAuthClient", ADMINS),
            Map.entry(AA + "GetOAuthClient", ADMINS),
            Map.entry(AA + "ListOAuthClients", ADMINS),
            Map.entry(AA + "UpdateOAuthClient", ADMINS),
            Map.entry(AA + "DeleteOAuthClient", ADMINS),
            Map.entry(AA + "CreateIssuer", ADMINS),
            Map.entry(AA + "GetIssuer", ADMINS),
            Map.entry(AA + "ListIssuers", ADMINS),
            Map.entry(AA + "UpdateIssuer", ADMINS),
            Map.entry(AA + "DeleteIssuer", ADMINS),
            Map.entry(AA + "ListSigningKeys", ADMINS),
            Map.entry(AA + "RotateSigningKey", ADMINS),
            Map.entry(AA + "RotateKeyset", ADMINS),
            Map.entry(AA + "GetKeysetStatus", ADMINS),
            Map.entry(AA + "ListAuditEntries", ADMINS),
            Map.entry(AA + "VerifyAudit", ADMINS),
            // Usage: everyone reads; the service narrows a member to their own.
            Map.entry(UA + "GetUsage", ANYONE),
            Map.entry(UA + "ListUsageRecords", ANYONE),
            // Prices are no secret; what the gateway charges is set by those who run it.
            Map.entry(PR + "ListPrices", ANYONE),
            Map.entry(PR + "SetPrice", OPERATORS),
            Map.entry(PR + "DeletePrice", OPERATORS),
            // Limits bound everyone's use: set by who runs the gateway; read by all (a member: their own).
            Map.entry(LA + "SetLimits", OPERATORS),
            Map.entry(LA + "GetLimits", ANYONE),
            Map.entry(LA + "ListLimits", ANYONE),
            Map.entry(LA + "DeleteLimits", OPERATORS)));

    /**
     * REST routes that are not gRPC methods, by Armeria route pattern → roles. A null set: open to
     * anyone, without a credential (health, docs, the token endpoint, which authenticates clients
     * itself, and the public discovery documents).
     */
    private static final Map<String, Set<Role>> ROUTES = new TreeMap<>(Map.ofEntries(
            Map.entry("/v1/chat/completions", USERS),
            Map.entry("/v1/embeddings", USERS),
            Map.entry("/v1/messages", USERS),
            Map.entry("/v1/messages/count_tokens", USERS),
            Map.entry("/v1/responses", USERS),
            Map.entry("/v1/responses/:id", USERS),
            Map.entry("/v1/models", ANYONE),
            Map.entry("/v1/models/", ANYONE),
            // On the main port; the scrape token is let in before authentication (observe/metrics).
            Map.entry("/metrics", OBSERVERS)));

    /** Paths served to anyone; every other route needs a credential. */
    private static final Set<String> OPEN_PREFIXES = Set.of("/health", "/docs", "/oauth/token", "/.well-known/");

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");

    private Permissions() {}

    /** The roles that may call a gRPC method, or null when the method is not in the table. */
    @Nullable
    public static Set<Role> forMethod(String fullMethodName) {
        return RPCS.get(fullMethodName);
    }

    /** The roles that may call a REST route (by its pattern or path prefix), or null when it is not in the table. */
    @Nullable
    public static Set<Role> forRoute(String pattern) {
        // Armeria reports path parameters as ":name" or "{name}" depending on how the route was built.
        final Set<Role> exact = ROUTES.get(pattern.indexOf('{') < 0 ? pattern
                                                                   : PATH_PARAMETER.matcher(pattern).replaceAll(":$1"));
        if (exact != null) {
            return exact;
        }
        // A prefix route (/v1/models/ and below) is reported as "/v1/models/*" or the prefix itself.
        final int star = pattern.indexOf('*');
        return star > 0 ? ROUTES.get(pattern.substring(0, star)) : null;
    }

    /** Whether a path is served without a credential. */
    public static boolean isOpen(String path) {
        // The console's files, and its session API, which authenticates its callers itself.
        if (path.startsWith("/ui") && (path.length() == 3 || path.charAt(3) == '/')) {
            return true;
        }
        for (String p : OPEN_PREFIXES) {
            if (path.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** The whole table, for docs and tests: RPCs then routes. */
    public static Map<String, Set<Role>> table() {
        final Map<String, Set<Role>> all = new TreeMap<>(RPCS);
        all.putAll(ROUTES);
        return all;
    }
}
