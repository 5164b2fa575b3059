// A Responses upstream that streams as hosts other than OpenAI do (OpenRouter, vLLM, Ollama...):
// fixtures/written/responses/dataonly-comments-done-reasoning-last.sse, hand-written from OpenAI's
// Responses streaming reference and OpenRouter's docs (see its README): no `event:` lines,
// keep-alive comments, raw reasoning text, the reasoning item done after the message, and a
// closing `data: [DONE]`. Through the gateway the official SDKs get the whole answer, no error.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { drain } from "../lib/drain.mjs";
import { startFakeUpstream } from "../lib/fake-upstream.mjs";
import { admin, env } from "../lib/gateway.mjs";

const STREAM = "dataonly-comments-done-reasoning-last";
const WHOLE = "reasoning-text-usage-cost";
const REASONING = "Capital of France? That is Paris.";
const ANSWER = "The capital of France is Paris.";
const MESSAGES = [{ role: "user", content: "Capital of France?" }];

describe("a Responses upstream from another host, through the official SDKs", () => {
  let upstream;
  let provider;
  let openai;
  let anthropic;

  before(async () => {
    const key = `sk-fake-${randomBytes(8).toString("hex")}`;
    upstream = await startFakeUpstream({ key });
    provider = `rec-resp-${randomBytes(4).toString("hex")}`;
    await admin("POST", "", {
      name: provider, preset: "custom", api_format: "openai_responses", base_url: upstream.responsesBaseUrl, api_key: key,
    });
    const target = env("SWITCHBOARD_TARGET");
    openai = new OpenAI({ baseURL: `http://${target}/v1`, apiKey: env("SWITCHBOARD_KEY"), maxRetries: 0, timeout: 20_000 });
    anthropic = new Anthropic({ baseURL: `http://${target}`, apiKey: env("SWITCHBOARD_KEY"), maxRetries: 0, timeout: 20_000 });
  });

  after(async () => {
    await Promise.allSettled([admin("DELETE", `/${provider}`)]);
    await upstream?.close();
  });

  it("openai chat stream: the whole answer and its reasoning, finish stop, usage last", async () => {
    const { chunks, error } = await drain(await openai.chat.completions.create({
      model: `${provider}/${STREAM}`, messages: MESSAGES, stream: true, stream_options: { include_usage: true },
    }));
    assert.equal(error, null);
    const deltas = chunks.flatMap((c) => c.choices.map((ch) => ch.delta));
    assert.equal(deltas.map((d) => d.content ?? "").join(""), ANSWER);
    assert.equal(deltas.map((d) => d.reasoning_content ?? "").join(""), REASONING);
    assert.deepEqual(chunks.flatMap((c) => c.choices.map((ch) => ch.finish_reason)).filter((f) => f), ["stop"]);
    assert.equal(chunks.at(-1).usage.total_tokens, 50);
  });

  it("openai chat stream helper: finalChatCompletion assembles the answer", async () => {
    const completion = await openai.chat.completions.stream({ model: `${provider}/${STREAM}`, messages: MESSAGES })
      .finalChatCompletion();
    assert.equal(completion.choices[0].message.content, ANSWER);
    assert.equal(completion.choices[0].finish_reason, "stop");
  });

  it("openai chat, whole answer: the raw reasoning text arrives as reasoning_content", async () => {
    const completion = await openai.chat.completions.create({ model: `${provider}/${WHOLE}`, messages: MESSAGES });
    assert.equal(completion.choices[0].message.content, ANSWER);
    assert.equal(completion.choices[0].message.reasoning_content, REASONING);
    assert.equal(completion.usage.completion_tokens, 29);
  });

  it("anthropic messages stream: a thinking block, then the text, end_turn", async () => {
    const message = await anthropic.messages.stream({
      model: `${provider}/${STREAM}`, max_tokens: 200, messages: MESSAGES,
    }).finalMessage();
    assert.deepEqual(message.content.map((b) => b.type), ["thinking", "text"]);
    assert.equal(message.content[0].thinking, REASONING);
    assert.equal(message.content[1].text, ANSWER);
    assert.equal(message.stop_reason, "end_turn");
    assert.equal(message.usage.output_tokens, 29);
  });
});
