package dev.switchboard.server.usage;

import java.util.Map;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.Role;

/**
 * Which rows a report reads: the request's filters (empty: any) and the caller's scope, as SQL
 * conditions over the columns that the raw rows and the rollups share.
 *
 * @param userId the user filter as the tables hold it (an id), or empty
 * @param scope the only user whose rows the caller may read, or null for everyone's
 */
record UsageFilter(String provider, String model, String alias, String keyId, String userId, @Nullable String scope) {
    /**
     * The filters of a request, for {@code who}: a member reads only their own rows, as does
     * anyone asking for their own usage ({@code ownOnly}); a filter naming another user then
     * matches nothing.
     */
    static UsageFilter of(Principal who, boolean ownOnly, String provider, String model, String alias, String keyId,
                          String userId) {
        final String scope = ownOnly || who.role() == Role.MEMBER ? who.userId() : null;
        return new UsageFilter(provider, model, alias, keyId, userId, scope);
    }

    /** Appends {@code AND column = :name} for every condition, and its value to {@code binds}. */
    void appendTo(StringBuilder sql, Map<String, Object> binds) {
        condition(sql, binds, "provider", provider);
        condition(sql, binds, "model", model);
        condition(sql, binds, "alias", alias);
        condition(sql, binds, "key_id", keyId);
        condition(sql, binds, "user_id", userId);
        if (scope != null) {
            sql.append(" AND user_id = :scope");
            binds.put("scope", scope);
        }
    }

    private static void condition(StringBuilder sql, Map<String, Object> binds, String column, String value) {
        if (!value.isEmpty()) {
            sql.append(" AND ").append(column).append(" = :").append(column);
            binds.put(column, value);
        }
    }
}
