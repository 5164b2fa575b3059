package dev.switchboard.server.crypto;

import static java.util.Objects.requireNonNull;

import java.util.function.BiFunction;

/**
 * One place in the database that holds sealed values, as the master keyset rotation sees it: a
 * query listing them, the associated data each was sealed with, and a statement replacing one.
 * Every sealed value the gateway stores must be in such a column, or a rotation would disable the
 * key it needs.
 *
 * @param label names the column in logs and errors ({@code providers.api_key_sealed})
 * @param selectSql lists the values as {@code row_key}, {@code sealed} and {@code context} (what the
 *                  associated data is made of besides the row key; may be null)
 * @param updateSql replaces one value: binds {@code :row}, {@code :sealed} (the new value) and
 *                  {@code :old}, and must change nothing unless the stored value is still {@code :old}
 * @param associatedData the associated data of a value from its row key and context
 */
public record SealedColumn(String label, String selectSql, String updateSql,
                           BiFunction<String, String, String> associatedData) {
    public SealedColumn {
        requireNonNull(label, "label");
        requireNonNull(selectSql, "selectSql");
        requireNonNull(updateSql, "updateSql");
        requireNonNull(associatedData, "associatedData");
    }
}
