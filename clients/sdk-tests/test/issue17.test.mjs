// Issue 17's rules as the official SDKs see them: every choice of a chat stream opens with
// role "assistant" (n > 1, and upstreams that never send a role), and a stream cut after part of a
// tool call (or of reasoning) has gone out ends with the format's error event, never with a
// corrupted call presented as complete. Streams: fixtures/written/openai/chat (hand-written from
// the OpenAI reference, see its README) and recordings cut by the fake upstream ("~cutK").
import assert from "node:assert/strict";
import { after, afterEach, before, beforeEach, describe, it } from "node:test";
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { drain } from "../lib/drain.mjs";
import { startGateway } from "../lib/gateway.mjs";

const MESSAGES = [{ role: "user", content: "Replay the recording." }];

/** Per choice index: the first delta it received. */
function firstDeltas(chunks) {
  const first = new Map();
  for (const c of chunks) {
    for (const choice of c.choices) {
      if (!first.has(choice.index)) first.set(choice.index, choice.delta);
    }
  }
  return first;
}

/** Per choice index and tool call index: the arguments fragments joined. */
function toolArguments(chunks) {
  const args = new Map();
  for (const c of chunks) {
    for (const choice of c.choices) {
      for (const t of choice.delta?.tool_calls ?? []) {
        const key = `${choice.index}/${t.index}`;
        args.set(key, (args.get(key) ?? "") + (t.function?.arguments ?? ""));
      }
    }
  }
  return args;
}

function assertPrefixOf(received, recorded, what) {
  assert.ok(recorded.startsWith(received),
    `${what}: the client got ${JSON.stringify(received)}, which is not a prefix of the recorded ${JSON.stringify(recorded)}`);
}

describe("issue 17 through the official SDKs", () => {
  describe("every choice's first delta carries role assistant", () => {
    let gw;
    before(async () => { gw = await startGateway(); });
    after(async () => { await gw?.close(); });
    const n3 = () => ({ model: `${gw.openai}/n3-interleaved-include-usage`, messages: MESSAGES, n: 3, stream_options: { include_usage: true } });

    it("n: 3 with interleaved choices: the stream helper assembles three assistant messages", async () => {
      const completion = await gw.openaiClient.chat.completions.stream(n3()).finalChatCompletion();
      assert.deepEqual(
        completion.choices.map((c) => ({ index: c.index, role: c.message.role, content: c.message.content, finish: c.finish_reason })),
        [
          { index: 0, role: "assistant", content: "Red apple.", finish: "stop" },
          { index: 1, role: "assistant", content: "Green pear.", finish: "stop" },
          { index: 2, role: "assistant", content: "Yellow banana.", finish: "stop" },
        ]);
    });

    it("n: 3 raw stream: each choice index opens with role assistant", async () => {
      const { chunks, error } = await drain(await gw.openaiClient.chat.completions.create({ ...n3(), stream: true }));
      assert.equal(error, null);
      const first = firstDeltas(chunks);
      assert.deepEqual([...first.keys()].sort(), [0, 1, 2]);
      for (const [index, delta] of first) assert.equal(delta.role, "assistant", `choice ${index}: first delta ${JSON.stringify(delta)}`);
    });

    it("a role-less upstream tool-call stream: the stream helper completes with an assistant tool call", async () => {
      const completion = await gw.openaiClient.chat.completions.stream({
        model: `${gw.openai}/roleless-tool-calls`, messages: MESSAGES,
      }).finalChatCompletion();
      const [choice] = completion.choices;
      assert.equal(choice.message.role, "assistant");
      assert.equal(choice.finish_reason, "tool_calls");
      assert.deepEqual(choice.message.tool_calls.map((c) => ({ id: c.id, name: c.function.name, args: JSON.parse(c.function.arguments) })),
        [{ id: "call_w1", name: "get_weather", args: { city: "Paris" } }]);
    });

    it("a role-less upstream text stream: the stream helper completes with an assistant message", async () => {
      const completion = await gw.openaiClient.chat.completions.stream({
        model: `${gw.openai}/roleless-text`, messages: MESSAGES,
      }).finalChatCompletion();
      const [choice] = completion.choices;
      assert.equal(choice.message.role, "assistant");
      assert.equal(choice.message.content, "Hello!");
      assert.equal(choice.finish_reason, "stop");
    });

    for (const name of ["roleless-tool-calls", "roleless-text"]) {
      it(`${name} raw stream: the first delta has role assistant`, async () => {
        const { chunks, error } = await drain(await gw.openaiClient.chat.completions.create({
          model: `${gw.openai}/${name}`, messages: MESSAGES, stream: true,
        }));
        assert.equal(error, null);
        const first = firstDeltas(chunks);
        assert.deepEqual([...first.keys()], [0]);
        assert.equal(first.get(0).role, "assistant", `first delta ${JSON.stringify(first.get(0))}`);
      });
    }
  });

  // Each cut runs twice: with every attempt cut the same way, and with only the first one cut (a
  // retry would then get the whole recording and glue it to the fragments already sent).
  const CUTS = [["every attempt cut", ""], ["only the first attempt cut", "~once"]];
  // Anthropic recordings cut inside a tool_use block's input_json_delta, with the recorded input.
  const TOOL_USE_CUTS = [
    // message_start, the text block (start, ping, two deltas, stop), the tool_use start, then
    // input_json_delta "", "{\"locati" and "on\": \"P" - cut.
    { what: "tool_use after text", recording: "antpy-stream-tool-use", cut: 10, input: '{"location": "Paris"}' },
    // message_start, the tool_use start, ping, then input_json_delta "", "{\"" and "loca" - cut.
    {
      what: "tool_use first", recording: "antpy-http-tool-roundtrip-stream.0", cut: 6,
      input: '{"location": "San Francisco, CA", "units": "f"}',
    },
  ];

  describe("a stream cut after part of a tool call has gone out", () => {
    // Fresh providers per test: a cut may mark a provider unhealthy, and the next test must still
    // reach the upstream rather than pass on a refusal.
    let gw;
    beforeEach(async () => { gw = await startGateway(); });
    afterEach(async () => { await gw?.close(); });

    for (const [mode, once] of CUTS) {
      // oaipy-stream-parallel-tool-calls: role, the first call's start, then "{\"ci" and "ty\": " - cut.
      const chatModel = `oaipy-stream-parallel-tool-calls~cut4${once}`;
      // The recording's arguments per choice/tool-call index.
      const RECORDED_ARGS = { "0/0": '{"city": "Edinburgh", "country": "GB", "units": "c"}', "0/1": '{"ticker": "AAPL", "exchange": "NASDAQ"}' };

      it(`openai SDK raw stream, ${mode}: ends with an APIError, no finish_reason tool_calls, no glued arguments`, async () => {
        const { chunks, error } = await drain(await gw.openaiClient.chat.completions.create({
          model: `${gw.openai}/${chatModel}`, messages: MESSAGES, stream: true,
        }));
        const finishes = chunks.flatMap((c) => c.choices.map((ch) => ch.finish_reason)).filter(Boolean);
        const args = toolArguments(chunks);
        const detail = `attempts upstream: ${gw.upstream.attempts(chatModel).length}; finish reasons: ${JSON.stringify(finishes)}; `
          + `arguments: ${JSON.stringify(Object.fromEntries(args))}; error: ${error}`;
        for (const [key, received] of args) {
          assert.ok(received.split('{"ci').length <= 2, `tool call ${key}: "{\\"ci" repeated; ${detail}`);
          assertPrefixOf(received, RECORDED_ARGS[key] ?? "", `tool call ${key}; ${detail}`);
        }
        assert.ok(!finishes.includes("tool_calls"), `a chunk says finish_reason tool_calls; ${detail}`);
        assert.ok(error instanceof OpenAI.APIError, `the stream ended without an APIError; ${detail}`);
      });

      it(`openai SDK stream helper, ${mode}: finalChatCompletion rejects`, async () => {
        const outcome = await gw.openaiClient.chat.completions.stream({ model: `${gw.openai}/${chatModel}`, messages: MESSAGES })
          .finalChatCompletion().then((c) => ({ completion: c }), (error) => ({ error }));
        assert.ok(outcome.error, `finalChatCompletion resolved: ${JSON.stringify(outcome.completion?.choices)}`);
        assert.ok(outcome.error instanceof OpenAI.APIError, `not an APIError: ${outcome.error}`);
      });

      for (const c of TOOL_USE_CUTS) {
        const messagesModel = `${c.recording}~cut${c.cut}${once}`;

        it(`Anthropic SDK raw stream, ${c.what}, ${mode}: ends with an APIError, no stop_reason tool_use, no glued input`, async () => {
          const { chunks: events, error } = await drain(await gw.anthropicClient.messages.create({
            model: `${gw.anthropic}/${messagesModel}`, max_tokens: 1024, messages: MESSAGES, stream: true,
          }));
          const stops = events.filter((e) => e.type === "message_delta").map((e) => e.delta.stop_reason);
          const partial = events.filter((e) => e.type === "content_block_delta" && e.delta.type === "input_json_delta")
            .map((e) => e.delta.partial_json).join("");
          const detail = `attempts upstream: ${gw.upstream.attempts(messagesModel).length}; stop reasons: ${JSON.stringify(stops)}; `
            + `input json: ${JSON.stringify(partial)}; error: ${error}`;
          assertPrefixOf(partial, c.input, `tool_use input; ${detail}`);
          assert.ok(!stops.includes("tool_use"), `a message_delta says stop_reason tool_use; ${detail}`);
          assert.ok(error instanceof Anthropic.APIError, `the stream ended without an APIError; ${detail}`);
        });

        it(`Anthropic SDK stream helper, ${c.what}, ${mode}: finalMessage rejects, never a tool_use message`, async () => {
          const outcome = await gw.anthropicClient.messages.stream({
            model: `${gw.anthropic}/${messagesModel}`, max_tokens: 1024, messages: MESSAGES,
          }).finalMessage().then((m) => ({ message: m }), (error) => ({ error }));
          assert.ok(outcome.error, `finalMessage resolved with stop_reason ${outcome.message?.stop_reason}: `
            + `${JSON.stringify(outcome.message?.content)}`);
          assert.ok(outcome.error instanceof Anthropic.APIError, `not an APIError: ${outcome.error}`);
        });
      }
    }
  });

  describe("a stream cut after part of the reasoning has gone out", () => {
    let gw;
    before(async () => { gw = await startGateway(); });
    after(async () => { await gw?.close(); });
    // vercel-deepseek-tool-call: the role chunk, then reasoning "The", " user", " is", " asking" - cut.
    const cutReasoning = () => ({ model: `${gw.openai}/vercel-deepseek-tool-call~cut5`, messages: MESSAGES });
    const RECORDED_REASONING = "The user is asking for the weather in San Francisco. I need to use the weather tool to get this "
      + 'information. Let me invoke the weather tool with the location parameter set to "San Francisco".';

    it("openai SDK raw stream: ends with an APIError, no finish_reason, reasoning not repeated", async () => {
      const { chunks, error } = await drain(await gw.openaiClient.chat.completions.create({ ...cutReasoning(), stream: true }));
      const finishes = chunks.flatMap((c) => c.choices.map((ch) => ch.finish_reason)).filter(Boolean);
      const reasoning = chunks.flatMap((c) => c.choices.map((ch) => ch.delta?.reasoning_content ?? "")).join("");
      const detail = `attempts upstream: ${gw.upstream.attempts("vercel-deepseek-tool-call~cut5").length}; `
        + `finish reasons: ${JSON.stringify(finishes)}; reasoning: ${JSON.stringify(reasoning)}; error: ${error}`;
      assertPrefixOf(reasoning, RECORDED_REASONING, `reasoning; ${detail}`);
      assert.deepEqual(finishes, [], detail);
      assert.ok(error instanceof OpenAI.APIError, `the stream ended without an APIError; ${detail}`);
    });
  });
});
