package dev.switchboard.transcoder.gemini;

import static dev.switchboard.transcoder.gemini.GeminiRecordings.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.switchboard.transcoder.gemini.GeminiResponse.PartialArg;

class PartialArgsTest {

    @Test
    void buildsNestedObjectsArraysAndConcatenatedStrings() {
        final PartialArgs args = new PartialArgs();
        args.add(new PartialArg("$.city", "San ", null, true));
        args.add(new PartialArg("$.city", "Francisco", null, false));
        args.add(new PartialArg("$.days", null, "3", false));
        args.add(new PartialArg("$.opts.metric", null, "true", false));
        args.add(new PartialArg("$.opts['time zone']", null, "null", false));
        args.add(new PartialArg("$.stops[1].name", "B", null, false));
        args.add(new PartialArg("$.stops[0].name", "A", null, false));
        args.add(new PartialArg("not a path", "x", null, false));
        assertThat(json(args.json())).isEqualTo(json(
                "{\"city\":\"San Francisco\",\"days\":3,\"opts\":{\"metric\":true,\"time zone\":null},"
                + "\"stops\":[{\"name\":\"A\"},{\"name\":\"B\"}]}"));
    }

    @Test
    void noPiecesIsAnEmptyObject() {
        assertThat(new PartialArgs().json()).isEqualTo("{}");
    }

    @Test
    void parsesPaths() {
        assertThat(PartialArgs.parse("$.a.b[2][\"c\"]")).isEqualTo(List.of("a", "b", 2, "c"));
        assertThat(PartialArgs.parse("$")).isEmpty();
        assertThat(PartialArgs.parse("a.b")).isNull();
        assertThat(PartialArgs.parse("$..a")).isNull();
        assertThat(PartialArgs.parse("$[x]")).isNull();
    }
}
