package dev.switchboard.transcoder.gemini;

import static dev.switchboard.transcoder.gemini.GeminiRecordings.FORMAT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.switchboard.transcoder.format.UpstreamModel;

class GeminiModelListTest {

    @Test
    void listsModelsWithoutTheirPrefixInOnePage() {
        assertThat(FORMAT.modelsPath()).isEqualTo("/models?pageSize=1000");
        final String body = "{\"models\":[{\"name\":\"models/gemini-2.0-flash\",\"displayName\":\"Gemini 2.0 Flash\","
                            + "\"supportedGenerationMethods\":[\"generateContent\",\"countTokens\"]},"
                            + "{\"name\":\"models/text-embedding-004\"},{\"displayName\":\"no name\"},7],"
                            + "\"nextPageToken\":\"Ch4KHG1vZGVscy9nZW1pbmk\"}";
        assertThat(FORMAT.decodeModels(body.getBytes(StandardCharsets.UTF_8)))
                .extracting(UpstreamModel::id).containsExactly("gemini-2.0-flash", "text-embedding-004");
    }
}
