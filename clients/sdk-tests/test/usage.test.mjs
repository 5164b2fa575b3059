// Usage adds up as the official SDKs see it, and equals what the provider billed. The expected
// counts were read off the recordings (fixtures/upstream) and the bodies written from the
// providers' references (fixtures/written, see its README), never from the gateway's output:
//   vercel-xai-text.json: 12 prompt (2 cached) + 1 completion + 228 reasoning = total 241
//     (xAI counts reasoning outside completion_tokens);
//   vercel-xai-text.chunks.jsonl: 12 (11 cached) + 1 + 290 = 303;
//   audio-usage.json: 120 prompt (96 audio) + 85 completion (70 audio) = 205;
//   openrouter-usage-cost-reasoning-over-completion.sse: 43 + 10 = 53, reasoning_tokens 11 reported
//     for a completion capped at 10 (max_completion_tokens 10);
//   usage-thinking-tokens-cache-ttl.sse: 3 input + 1111 cache read + 418 cache write, 40 output of
//     which 25 thinking.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { drain } from "../lib/drain.mjs";
import { startGateway } from "../lib/gateway.mjs";

const MESSAGES = [{ role: "user", content: "Replay the recording." }];

/** A chat usage object's own arithmetic, then the billed numbers. */
function assertChatUsage(usage, { prompt, completion, total, cached = 0, reasoning = 0, audioIn = 0, audioOut = 0 }) {
  assert.equal(usage.prompt_tokens + usage.completion_tokens, usage.total_tokens, `adds up: ${JSON.stringify(usage)}`);
  assert.deepEqual(
    {
      prompt: usage.prompt_tokens,
      completion: usage.completion_tokens,
      total: usage.total_tokens,
      cached: usage.prompt_tokens_details?.cached_tokens ?? 0,
      reasoning: usage.completion_tokens_details?.reasoning_tokens ?? 0,
      audioIn: usage.prompt_tokens_details?.audio_tokens ?? 0,
      audioOut: usage.completion_tokens_details?.audio_tokens ?? 0,
    },
    { prompt, completion, total, cached, reasoning, audioIn, audioOut });
}

/** An Anthropic usage object: input + cache reads + cache writes is the prompt, plus output the bill. */
function assertMessagesUsage(usage, { input, cacheRead = 0, cacheWrite = 0, output, billed }) {
  assert.deepEqual(
    {
      input: usage.input_tokens,
      cacheRead: usage.cache_read_input_tokens ?? 0,
      cacheWrite: usage.cache_creation_input_tokens ?? 0,
      output: usage.output_tokens,
    },
    { input, cacheRead, cacheWrite, output });
  assert.equal(usage.input_tokens + (usage.cache_read_input_tokens ?? 0) + (usage.cache_creation_input_tokens ?? 0)
    + usage.output_tokens, billed);
}

describe("usage through the official SDKs", () => {
  let gw;
  before(async () => { gw = await startGateway(); });
  after(async () => { await gw?.close(); });

  describe("openai chat", () => {
    it("xAI whole answer: reasoning counted apart goes into completion_tokens, total as billed", async () => {
      const c = await gw.openaiClient.chat.completions.create({ model: `${gw.openai}/vercel-xai-text`, messages: MESSAGES });
      assertChatUsage(c.usage, { prompt: 12, completion: 229, total: 241, cached: 2, reasoning: 228 });
    });

    it("xAI stream with include_usage: the usage chunk as billed", async () => {
      const { chunks, error } = await drain(await gw.openaiClient.chat.completions.create({
        model: `${gw.openai}/vercel-xai-text`, messages: MESSAGES, stream: true, stream_options: { include_usage: true },
      }));
      assert.equal(error, null);
      const usage = chunks.findLast((c) => c.usage)?.usage;
      assertChatUsage(usage, { prompt: 12, completion: 291, total: 303, cached: 11, reasoning: 290 });
    });

    it("audio tokens pass through in both detail objects", async () => {
      const c = await gw.openaiClient.chat.completions.create({ model: `${gw.openai}/audio-usage`, messages: MESSAGES });
      assertChatUsage(c.usage, { prompt: 120, completion: 85, total: 205, audioIn: 96, audioOut: 70 });
    });

    it("OpenRouter: a total of prompt + completion is the bill, reasoning at most the completion", async () => {
      const completion = await gw.openaiClient.chat.completions.stream({
        model: `${gw.openai}/openrouter-usage-cost-reasoning-over-completion`, messages: MESSAGES,
        stream_options: { include_usage: true },
      }).finalChatCompletion();
      assertChatUsage(completion.usage, { prompt: 43, completion: 10, total: 53, reasoning: 10 });
      assert.equal(completion.choices[0].finish_reason, "length");
    });
  });

  describe("anthropic messages", () => {
    it("an Anthropic stream: cache reads and writes apart from input_tokens, thinking_tokens in message_delta", async () => {
      const params = { model: `${gw.anthropic}/usage-thinking-tokens-cache-ttl`, max_tokens: 1024, messages: MESSAGES };
      const message = await gw.anthropicClient.messages.stream(params).finalMessage();
      assertMessagesUsage(message.usage, { input: 3, cacheRead: 1111, cacheWrite: 418, output: 40, billed: 1572 });
      const { chunks, error } = await drain(await gw.anthropicClient.messages.create({ ...params, stream: true }));
      assert.equal(error, null);
      const delta = chunks.find((e) => e.type === "message_delta");
      assert.equal(delta.usage.output_tokens_details?.thinking_tokens, 25);
    });

    it("xAI's stream to an Anthropic client: the prompt split by cache, reasoning inside output_tokens", async () => {
      const params = { model: `${gw.openai}/vercel-xai-text`, max_tokens: 1024, messages: MESSAGES };
      const message = await gw.anthropicClient.messages.stream(params).finalMessage();
      assertMessagesUsage(message.usage, { input: 1, cacheRead: 11, output: 291, billed: 303 });
      const { chunks } = await drain(await gw.anthropicClient.messages.create({ ...params, stream: true }));
      assert.equal(chunks.find((e) => e.type === "message_delta").usage.output_tokens_details?.thinking_tokens, 290);
    });

    it("an audio answer to an Anthropic client: audio stays inside input and output (no audio field)", async () => {
      const message = await gw.anthropicClient.messages.create({
        model: `${gw.openai}/audio-usage`, max_tokens: 1024, messages: MESSAGES,
      });
      assertMessagesUsage(message.usage, { input: 120, output: 85, billed: 205 });
      assert.ok(!JSON.stringify(message.usage).includes("audio"), JSON.stringify(message.usage));
    });
  });
});
