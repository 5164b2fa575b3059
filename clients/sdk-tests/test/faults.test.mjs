// Mid-stream resets where the rule is already settled: a stream cut after text has gone out ends
// with the format's error event (the text sent so far intact), and a reset before anything went out
// is retried into the whole recorded answer. Fresh providers per test: a cut may mark a provider
// unhealthy, and the next test must still reach the upstream.
import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { assertChatChoice, assertContent } from "../lib/check.mjs";
import { drain } from "../lib/drain.mjs";
import { startGateway } from "../lib/gateway.mjs";
import { ANTHROPIC_STREAMS, OPENAI_STREAMS } from "../lib/recordings.mjs";

const MESSAGES = [{ role: "user", content: "Replay the recording." }];

describe("mid-stream resets", () => {
  let gw;
  beforeEach(async () => { gw = await startGateway(); });
  afterEach(async () => { await gw?.close(); });

  it("openai SDK: a chat stream cut after text ends with an APIError, the text so far intact", async () => {
    // oaipy-stream-text-include-usage: the role chunk, then "I'm", " unable", " to", " provide" - cut.
    const { chunks, error } = await drain(await gw.openaiClient.chat.completions.create({
      model: `${gw.openai}/oaipy-stream-text-include-usage~cut5`, messages: MESSAGES, stream: true,
    }));
    const text = chunks.flatMap((c) => c.choices.map((ch) => ch.delta?.content ?? "")).join("");
    assert.ok(error instanceof OpenAI.APIError, `no APIError (${error}); text ${JSON.stringify(text)}`);
    assert.equal(text, "I'm unable to provide");
    assert.deepEqual(chunks.flatMap((c) => c.choices.map((ch) => ch.finish_reason)).filter(Boolean), []);
  });

  it("Anthropic SDK: a Messages stream cut after text ends with an APIError, the text so far intact", async () => {
    // antpy-stream-basic-text: message_start, content_block_start, ping, "Hello", " there" - cut.
    const { chunks: events, error } = await drain(await gw.anthropicClient.messages.create({
      model: `${gw.anthropic}/antpy-stream-basic-text~cut5`, max_tokens: 1024, messages: MESSAGES, stream: true,
    }));
    const text = events.filter((e) => e.type === "content_block_delta").map((e) => e.delta.text ?? "").join("");
    assert.ok(error instanceof Anthropic.APIError, `no APIError (${error}); text ${JSON.stringify(text)}`);
    assert.equal(text, "Hello there");
    assert.deepEqual(events.filter((e) => e.type === "message_delta"), []);
  });

  it("openai SDK: a reset before the first event is retried into the whole recorded answer", async () => {
    const model = "oaipy-stream-parallel-tool-calls~cut0~once";
    const completion = await gw.openaiClient.chat.completions.stream({ model: `${gw.openai}/${model}`, messages: MESSAGES })
      .finalChatCompletion();
    assertChatChoice(completion.choices[0], OPENAI_STREAMS["oaipy-stream-parallel-tool-calls"]);
    assert.equal(gw.upstream.attempts(model).length, 2);
  });

  it("Anthropic SDK: a reset before the first event is retried into the whole recorded answer", async () => {
    const model = "antpy-stream-tool-use~cut0~once";
    const message = await gw.anthropicClient.messages.stream({
      model: `${gw.anthropic}/${model}`, max_tokens: 1024, messages: MESSAGES,
    }).finalMessage();
    assertContent(message.content, ANTHROPIC_STREAMS["antpy-stream-tool-use"].content);
    assert.equal(message.stop_reason, "tool_use");
    assert.equal(gw.upstream.attempts(model).length, 2);
  });
});
