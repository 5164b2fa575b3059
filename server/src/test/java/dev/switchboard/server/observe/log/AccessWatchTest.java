package dev.switchboard.server.observe.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import com.linecorp.armeria.common.logging.RequestLog;

/** One line per request, whichever of the ledger's row and the complete log comes first. */
class AccessWatchTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    AccessLog log(Duration rowWait) {
        return new AccessLog(out, false, new AccessLine(false, UnaryOperator.identity()), 16, rowWait);
    }

    List<JsonNode> lines() throws Exception {
        final List<JsonNode> lines = new java.util.ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!l.isEmpty()) {
                lines.add(AccessLineTest.JSON.readTree(l));
            }
        }
        return lines;
    }

    static RequestLog complete() {
        return AccessLineTest.log("/v1/chat/completions", 200, AccessLineTest.ADA, null, null);
    }

    @Test
    void aLogCompleteBeforeTheRowWaitsForIt() throws Exception {
        final AccessLog sink = log(Duration.ofSeconds(30));
        final AccessWatch watch = new AccessWatch(sink, "r-1");
        watch.trying("pa", "gpt-4o-mini", null, 1);
        watch.completed(complete());
        Thread.sleep(100);
        assertThat(sink.queued()).isZero();
        assertThat(out.size()).as("nothing yet: the row has not come").isZero();
        watch.ended(AccessLineTest.usage("r-1"));
        sink.close();
        assertThat(lines()).singleElement().satisfies(l -> assertThat(l.get("prompt_tokens").asLong()).isEqualTo(120));
    }

    @Test
    void aRowThatNeverComesCostsTheWaitNotTheLine() throws Exception {
        final AccessLog sink = log(Duration.ofMillis(200));
        final AccessWatch watch = new AccessWatch(sink, "r-2");
        watch.trying("pa", "gpt-4o-mini", null, 1);
        watch.completed(complete());
        final long deadline = System.nanoTime() + 5_000_000_000L;
        while (out.size() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        watch.ended(AccessLineTest.usage("r-2"));
        sink.close();
        assertThat(lines()).singleElement().satisfies(l -> {
            assertThat(l.get("request_id").asText()).isEqualTo("r-2");
            assertThat(l.has("prompt_tokens")).isFalse();
        });
    }

    @Test
    void aRowBeforeTheLogIsInTheOneLine() throws Exception {
        final AccessLog sink = log(Duration.ofSeconds(30));
        final AccessWatch watch = new AccessWatch(sink, "r-3");
        watch.trying("pa", "gpt-4o-mini", null, 1);
        watch.ended(AccessLineTest.usage("r-3"));
        watch.completed(complete());
        sink.close();
        assertThat(lines()).singleElement().satisfies(l -> assertThat(l.get("provider").asText()).isEqualTo("pa"));
    }
}
