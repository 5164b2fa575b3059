package dev.switchboard.server.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.usage.Cost;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * Costs computed by hand from the providers' list prices (USD per million tokens, so a token at
 * $P/M costs P * 1000 nano-dollars), and the lookup order of {@link PriceTable}.
 */
class PriceTableTest {
    private static final PriceSheet SHIPPED = PriceSheet.shipped();
    private final PriceTable table = new PriceTable(SHIPPED);

    @Test
    void openAiCachedPromptTokensCostTheCachedPrice() {
        // gpt-4o: $2.50 input, $1.25 cached input, $10 output. 600 uncached * 2.50 + 400 cached
        // * 1.25 + 500 * 10 = 1500 + 500 + 5000 = 7000 USD-per-million-token units = $0.007.
        assertThat(table.cost("openai", "gpt-4o", new Tokens(1000, 500, 400, 0, 0)))
                .isEqualTo(Cost.of(7_000_000));
    }

    @Test
    void anthropicCacheWritesAndReadsHaveTheirOwnPrices() {
        // claude-sonnet-4-5: $3 input, $3.75 5-minute cache write, $0.30 cache hit, $15 output.
        // 10,000 prompt tokens of which 6,000 read and 2,000 written: 2000 * 3 + 6000 * 0.30
        // + 2000 * 3.75 + 300 * 15 = 6000 + 1800 + 7500 + 4500 = 19,800 → $0.0198.
        assertThat(table.cost("anthropic", "claude-sonnet-4-5", new Tokens(10_000, 300, 6_000, 2_000, 0)))
                .isEqualTo(Cost.of(19_800_000));
    }

    @Test
    void reasoningTokensCostTheReasoningPriceOrElseTheOutputPrice() {
        final ModelPrice own = ModelPrice.parse("1", "4", "", "", "2");
        // 100 * 1 + (1000 - 600) * 4 + 600 * 2 = 100 + 1600 + 1200 = 2900 → $0.0029.
        assertThat(own.nanos(new Tokens(100, 1000, 0, 0, 600))).isEqualTo(2_900_000);
        // o4-mini lists no reasoning price: all 1000 completion tokens at $4.40 → $0.0044.
        assertThat(table.cost("openai", "o4-mini", new Tokens(0, 1000, 0, 0, 800))).isEqualTo(Cost.of(4_400_000));
    }

    @Test
    void missingCachePricesDefaultToTheInputPrice() {
        // gemini-2.5-flash lists input $0.30 and output $2.50 only: 1000 prompt tokens (all of
        // them cached) still cost 1000 * 0.30 = 300 → $0.0003.
        assertThat(table.cost("gemini", "gemini-2.5-flash", new Tokens(1000, 0, 1000, 0, 0)))
                .isEqualTo(Cost.of(300_000));
    }

    @Test
    void roundsHalfUpToTheNanoOnceARequest() {
        // $0.0015/M = 1.5 nano-dollars a token: one token rounds to 2, three tokens are 4.5 → 5
        // (rounding each token would give 6).
        final ModelPrice tiny = ModelPrice.parse("0.0015", "0", "", "", "");
        assertThat(tiny.nanos(new Tokens(1, 0, 0, 0, 0))).isEqualTo(2);
        assertThat(tiny.nanos(new Tokens(3, 0, 0, 0, 0))).isEqualTo(5);
        assertThat(tiny.nanos(new Tokens(2, 0, 0, 0, 0))).isEqualTo(3);
    }

    @Test
    void inconsistentCountsNeverMakeANegativeCost() {
        // More cached than prompt tokens: the uncached part is 0, not negative.
        assertThat(table.cost("openai", "gpt-4o", new Tokens(10, 0, 20, 0, 0))).isEqualTo(Cost.of(25_000));
    }

    @Test
    void anUnknownModelHasNoCostAndSaysWhy() {
        final Cost c = table.cost("acme", "mystery-1", new Tokens(1000, 1000, 0, 0, 0));
        assertThat(c.nanos()).isNull();
        assertThat(c.note()).isEqualTo("no price for acme/mystery-1");
    }

    @Test
    void aRoutedNameIsPricedByTheModelAfterTheLastSlash() {
        assertThat(table.find("openrouter", "openai/gpt-4o")).isEqualTo(SHIPPED.models().get("gpt-4o"));
        assertThat(table.find("openrouter", "openai/gpt-4o-2024-08-06")).isEqualTo(SHIPPED.models().get("gpt-4o"));
    }

    @Test
    void onlyTheSnapshotsTheTableNamesArePricedLikeTheirUndatedModel() {
        assertThat(table.find("openai", "gpt-4o-2024-08-06")).isEqualTo(SHIPPED.models().get("gpt-4o"));
        assertThat(table.find("anthropic", "claude-3-5-haiku-20241022"))
                .isEqualTo(SHIPPED.models().get("claude-3-5-haiku-latest"));
        // gpt-4o's first snapshot had a higher price: no prefix match may price it as gpt-4o.
        assertThat(table.find("openai", "gpt-4o-2024-05-13")).isNull();
        assertThat(table.find("openai", "gpt-4o-mini-tts")).isNull();
        assertThat(table.find("openai", "gpt-4")).isNull();
    }

    @Test
    void anOverrideWinsForItsProviderOnlyAndTheNextCostFollowsItsChanges(@TempDir Path dataDir) {
        try (Storage storage = Storage.open(dataDir, null)) {
            final PriceStore store = new PriceStore(storage.jdbi());
            final PriceTable withStore = new PriceTable(SHIPPED, store);
            final Tokens tokens = new Tokens(1000, 1000, 0, 0, 0);
            store.put("azure", "gpt-4o", ModelPrice.parse("1", "2", "", "", ""));
            // Not seen before a reload: the request path reads only the snapshot.
            assertThat(withStore.cost("azure", "gpt-4o", tokens)).isEqualTo(Cost.of(12_500_000));
            withStore.reload();
            // 1000 * 1 + 1000 * 2 = 3000 → $0.003; another provider keeps the list price
            // (1000 * 2.50 + 1000 * 10 = 12,500 → $0.0125).
            assertThat(withStore.cost("azure", "gpt-4o", tokens)).isEqualTo(Cost.of(3_000_000));
            assertThat(withStore.cost("openai", "gpt-4o", tokens)).isEqualTo(Cost.of(12_500_000));
            // An override prices a model the table does not know, under that provider only.
            store.put("local", "llama-3-70b", ModelPrice.parse("0.5", "0.5", "", "", ""));
            store.put("azure", "gpt-4o", ModelPrice.parse("2", "2", "", "", ""));
            withStore.reload();
            assertThat(withStore.cost("azure", "gpt-4o", tokens)).isEqualTo(Cost.of(4_000_000));
            assertThat(withStore.cost("local", "llama-3-70b", tokens)).isEqualTo(Cost.of(1_000_000));
            assertThat(withStore.cost("other", "llama-3-70b", tokens).nanos()).isNull();
            assertThat(store.delete("azure", "gpt-4o")).isTrue();
            assertThat(store.delete("azure", "gpt-4o")).isFalse();
            withStore.reload();
            assertThat(withStore.cost("azure", "gpt-4o", tokens)).isEqualTo(Cost.of(12_500_000));
        }
    }

    @Test
    void theShippedTableIsDatedSourcedAndCompletelyPriced() {
        assertThat(SHIPPED.checked()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(SHIPPED.version()).isNotBlank();
        assertThat(SHIPPED.sources()).isNotEmpty();
        assertThat(SHIPPED.models()).containsKeys("gpt-4o", "gpt-4o-mini", "gpt-4.1", "o3", "o4-mini",
                                                  "claude-sonnet-4-5", "claude-haiku-4-5", "gemini-2.5-pro",
                                                  "gemini-2.0-flash");
        SHIPPED.models().forEach((model, p) -> {
            assertThat(p.input()).as(model).isNotNull();
            assertThat(p.output()).as(model).isNotNull();
        });
        SHIPPED.aliases().forEach((snapshot, model) -> assertThat(SHIPPED.models()).as(snapshot).containsKey(model));
        // Anthropic's 5-minute cache write is 1.25x input, a cache read 0.1x input.
        for (String m : new String[] {"claude-opus-4-5", "claude-sonnet-4-5", "claude-haiku-4-5"}) {
            final ModelPrice p = SHIPPED.models().get(m);
            assertThat(p.cacheWrite()).as(m).isEqualByComparingTo(p.input().multiply(new BigDecimal("1.25")));
            assertThat(p.cachedInput()).as(m).isEqualByComparingTo(p.input().multiply(new BigDecimal("0.1")));
        }
    }

    @Test
    void aSnapshotNamingAnUnpricedModelFailsTheTable() throws Exception {
        assertThatThrownBy(() -> PriceSheet.parse(JsonMapper.builder().build().readTree(
                "{\"models\":{\"a\":{\"input\":\"1\",\"output\":\"2\"}},\"aliases\":{\"a-2025\":\"b\"}}")))
                .hasMessageContaining("alias 'a-2025' names 'b'");
        assertThatThrownBy(() -> PriceSheet.parse(JsonMapper.builder().build().readTree(
                "{\"models\":{\"a\":{\"input\":\"1\"}}}")))
                .hasMessageContaining("model 'a': output: required");
    }

    @Test
    void pricesAreCheckedDecimals() {
        assertInvalid(() -> ModelPrice.parse("-1", "2", "", "", ""), "input: -1 (expected: 0 to 1000000");
        assertInvalid(() -> ModelPrice.parse("1", "1000000.01", "", "", ""), "output: 1000000.01 (expected: 0 to");
        assertInvalid(() -> ModelPrice.parse("1", "2", "0.0000001", "", ""),
                      "cached_input: 0.0000001 (expected: at most 6 decimal places)");
        assertInvalid(() -> ModelPrice.parse("1", "2", "", "cheap", ""), "cache_write: 'cheap' is not a decimal");
        assertInvalid(() -> ModelPrice.parse("", "2", "", "", ""), "input: required");
        assertInvalid(() -> ModelPrice.parse("1", "2", "", "", "1e400"), "reasoning: ");
        assertThat(ModelPrice.parse("0", "1000000", "", "", "2.500000").reasoning())
                .isEqualByComparingTo("2.5");
    }

    private static void assertInvalid(Runnable parse, String message) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(GatewayException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
