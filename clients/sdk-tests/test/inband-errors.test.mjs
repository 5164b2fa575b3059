// An error an upstream reports inside an answer it began (OpenRouter's error chunk, written from its
// streaming reference in fixtures/written/openai-compatible): the SDKs see the provider's message as
// their own error type, after the text that came before it, and the request is not sent again.
import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { drain } from "../lib/drain.mjs";
import { startGateway } from "../lib/gateway.mjs";

const MESSAGES = [{ role: "user", content: "Hello there" }];

describe("errors inside a begun answer", () => {
  let gw;
  beforeEach(async () => { gw = await startGateway(); });
  afterEach(async () => { await gw?.close(); });

  it("openai SDK: a client-error chunk after text is an APIError with the provider's message", async () => {
    const { chunks, error } = await drain(await gw.openaiClient.chat.completions.create({
      model: `${gw.openai}/openrouter-error-400-after-text`, messages: MESSAGES, stream: true,
    }));
    const text = chunks.flatMap((c) => c.choices.map((ch) => ch.delta?.content ?? "")).join("");
    assert.equal(text, "Hello there");
    assert.ok(error instanceof OpenAI.APIError, `no APIError: ${error}`);
    assert.match(error.message, /Token limit reached/);
    assert.equal(gw.upstream.attempts("openrouter-error-400-after-text").length, 1);
  });

  it("openai SDK: the stream helper rejects instead of assembling a finished answer", async () => {
    const stream = gw.openaiClient.chat.completions.stream({
      model: `${gw.openai}/openrouter-error-400-after-text`, messages: MESSAGES,
    });
    await assert.rejects(stream.finalChatCompletion(), (e) => e instanceof OpenAI.APIError && /Token limit reached/.test(e.message));
  });

  it("Anthropic SDK: the same chunk is an APIError of type invalid_request_error", async () => {
    const { chunks: events, error } = await drain(await gw.anthropicClient.messages.create({
      model: `${gw.openai}/openrouter-error-400-after-text`, max_tokens: 10, messages: MESSAGES, stream: true,
    }));
    const text = events.filter((e) => e.type === "content_block_delta").map((e) => e.delta.text ?? "").join("");
    assert.equal(text, "Hello there");
    assert.ok(error instanceof Anthropic.APIError, `no APIError: ${error}`);
    assert.match(error.message, /Token limit reached/);
    assert.equal(error.error?.error?.type, "invalid_request_error");
    assert.deepEqual(events.filter((e) => e.type === "message_stop"), []);
  });
});
