package dev.switchboard.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private Jdbi jdbi;

    @BeforeEach
    void createDatabase() {
        jdbi = Jdbi.create("jdbc:sqlite:" + tmp.resolve("test.db"));
    }

    @Test
    void storageAppliesEverySchemaVersionOnceAndRecordsIt() {
        final List<Map<String, Object>> recorded;
        try (Storage storage = Storage.open(tmp, null)) {
            recorded = versions(storage.jdbi());
            assertThat(recorded).extracting(row -> row.get("version")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
            assertThat(recorded.get(0)).containsEntry("name", "init");
            assertThat(recorded.get(1)).containsEntry("name", "aliases_and_timing");
            recorded.forEach(row -> assertThat(((Number) row.get("applied_at")).longValue()).isPositive());
            assertThat(tables(storage.jdbi())).contains("meta", "providers", "aliases", "schema_version");
        }
        try (Storage storage = Storage.open(tmp, null)) {
            assertThat(versions(storage.jdbi())).isEqualTo(recorded);
            assertThat(Migrations.migrate(storage.jdbi())).isEmpty();
        }
    }

    @Test
    void appliesScriptsInNumericOrderNotIndexOrder() {
        assertThat(Migrations.migrate(jdbi, "db/test-migration/ordered", CLOCK)).containsExactly(1, 2, 10);

        final List<Map<String, Object>> log = jdbi.withHandle(
                handle -> handle.createQuery("SELECT step, note FROM log ORDER BY rowid").mapToMap().list());
        assertThat(log).extracting(row -> row.get("step"), row -> row.get("note"))
                .containsExactly(tuple(1, "first; with a semicolon inside"), tuple(2, "second"),
                                 tuple(10, "third"));
        assertThat(versions(jdbi)).extracting(row -> row.get("version"), row -> row.get("name"),
                                             row -> row.get("applied_at"))
                                  .containsExactly(tuple(1, "first", 1_700_000_000_000L),
                                                   tuple(2, "second", 1_700_000_000_000L),
                                                   tuple(10, "third", 1_700_000_000_000L));
    }

    @Test
    void runningAgainAppliesNothing() {
        Migrations.migrate(jdbi, "db/test-migration/ordered", CLOCK);

        assertThat(Migrations.migrate(jdbi, "db/test-migration/ordered", CLOCK)).isEmpty();
        final int logged = jdbi.withHandle(
                handle -> handle.createQuery("SELECT COUNT(*) FROM log").mapTo(Integer.class).one());
        assertThat(logged).isEqualTo(3);
    }

    @Test
    void aFailingScriptIsRolledBackAndNotRecorded() {
        assertThatThrownBy(() -> Migrations.migrate(jdbi, "db/test-migration/failing", CLOCK))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("migration V2__broken failed")
                .hasMessageContaining("no_such_table");

        assertThat(versions(jdbi)).extracting(row -> row.get("version")).containsExactly(1);
        assertThat(tables(jdbi)).contains("ok").doesNotContain("half");
    }

    @Test
    void theIndexListsEveryMigrationScript() throws Exception {
        final List<String> scripts;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", Migrations.DEFAULT_DIRECTORY))) {
            scripts = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".sql")).toList();
        }
        assertThat(scripts).isNotEmpty();
        assertThat(Migrations.load(Migrations.DEFAULT_DIRECTORY))
                .extracting(migration -> "V" + migration.version() + "__" + migration.name() + ".sql")
                .containsExactlyInAnyOrderElementsOf(scripts);
    }

    @Test
    void splitsStatementsAtSemicolonsThatEndALine() {
        assertThat(Migrations.statements("""
                -- a comment; with a semicolon
                CREATE TABLE a (x TEXT DEFAULT 'a;b');
                INSERT INTO a (x)
                VALUES ('y');\t
                -- trailing comment
                """))
                .containsExactly("CREATE TABLE a (x TEXT DEFAULT 'a;b')", "INSERT INTO a (x)\nVALUES ('y')");
    }

    private static List<Map<String, Object>> versions(Jdbi jdbi) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT version, name, applied_at FROM schema_version "
                                                            + "ORDER BY version").mapToMap().list());
    }

    private static List<String> tables(Jdbi jdbi) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT name FROM sqlite_master WHERE type = 'table'")
                                               .mapTo(String.class).list());
    }

    @Test
    void version8KeepsTheLedgersRowsAndDropsTheirUniqueKey() {
        final List<Migrations.Migration> all = Migrations.load(Migrations.DEFAULT_DIRECTORY);
        jdbi.useHandle(h -> {
            for (Migrations.Migration m : all) {
                if (m.version() == 8) {
                    h.execute("INSERT INTO usage_records (request_id, time, ingress, requested_model, stream, status, "
                              + "prompt_tokens, completion_tokens, cached_tokens, cache_write_tokens, "
                              + "reasoning_tokens, cost_nanos, latency_ms, attempts, failovers, usage_source, "
                              + "over_soft_limit) VALUES ('r1', 5, 'chat', 'm', false, 200, 11, 22, 0, 0, 0, 3300, "
                              + "40, 1, 0, 'reported', false)");
                }
                Migrations.statements(m.script()).forEach(h::execute);
            }
            assertThat(h.createQuery("SELECT request_id || ':' || time || ':' || prompt_tokens || ':' || cost_nanos "
                                     + "FROM usage_records").mapTo(String.class).list())
                    .containsExactly("r1:5:11:3300");
            // The same request id again: no longer refused by the table (the writer's batches keep it once).
            h.execute("INSERT INTO usage_records SELECT * FROM usage_records");
            assertThat(h.createQuery("SELECT COUNT(*) FROM usage_records").mapTo(Integer.class).one()).isEqualTo(2);
            assertThat(h.createQuery("SELECT name FROM sqlite_master WHERE tbl_name = 'usage_records' AND type = 'index'")
                        .mapTo(String.class).list()).containsExactly("usage_records_time");
        });
    }
}
