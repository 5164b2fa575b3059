package dev.switchboard.server.testing;

import java.nio.file.Path;

import com.linecorp.armeria.common.AggregatedHttpResponse;

/**
 * A gateway with one provider of each upstream format the embeddings and token-count tests need:
 * {@code oai} (OpenAI-compatible, {@link FakeUpstream}), {@code gem} (preset gemini,
 * {@link FakeGemini}), {@code claude} (preset anthropic, {@link FakeAnthropic}) and {@code resp}
 * (api_format openai_responses, {@link FakeResponses}).
 */
public final class MixedUpstreams implements AutoCloseable {
    public static final String OPENAI_KEY = "sk-mixed-upstream-7c2e";
    public static final String GEMINI_KEY = "AIza-mixed-e2e-91ab";
    public static final String ANTHROPIC_KEY = "sk-ant-mixed-e2e-55d0";
    public static final String RESPONSES_KEY = "sk-resp-mixed-e2e-4b1d";

    public final FakeUpstream openai = new FakeUpstream(OPENAI_KEY);
    public final FakeGemini gemini = new FakeGemini(GEMINI_KEY);
    public final FakeAnthropic anthropic = new FakeAnthropic(ANTHROPIC_KEY);
    public final FakeResponses responses = new FakeResponses(RESPONSES_KEY);
    public final TestGateway gateway;

    public MixedUpstreams(Path dataDir) {
        gateway = TestGateway.start(dataDir);
        gateway.addProvider("oai", openai.baseUrl(), OPENAI_KEY);
        created(gateway.post("/admin/v1/providers", "{\"name\":\"gem\",\"preset\":\"gemini\",\"base_url\":\""
                             + gemini.baseUrl() + "\",\"api_key\":\"" + GEMINI_KEY + "\"}"));
        created(gateway.post("/admin/v1/providers", "{\"name\":\"claude\",\"preset\":\"anthropic\",\"base_url\":\""
                             + anthropic.baseUrl() + "\",\"api_key\":\"" + ANTHROPIC_KEY + "\"}"));
        created(gateway.post("/admin/v1/providers", "{\"name\":\"resp\",\"preset\":\"custom\",\"api_format\":"
                             + "\"openai_responses\",\"base_url\":\"" + responses.baseUrl() + "\",\"api_key\":\""
                             + RESPONSES_KEY + "\"}"));
    }

    private static void created(AggregatedHttpResponse res) {
        if (res.status().code() != 200) {
            throw new AssertionError("creating provider failed: " + res.status() + ' ' + res.contentUtf8());
        }
    }

    /** Forgets the requests the upstreams saw so far (earlier tests', model-list refreshes). */
    public void forget() {
        openai.drain();
        gemini.drain();
        anthropic.clear();
        responses.drain();
    }

    @Override
    public void close() {
        gateway.close();
        openai.close();
        gemini.close();
        anthropic.close();
        responses.close();
    }
}
