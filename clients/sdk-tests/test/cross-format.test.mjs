// Across formats: the Anthropic SDK over OpenAI-format recordings and the openai SDK over
// Anthropic-format recordings. Text and tool calls must arrive whole, the finish reason mapped as
// TRANSLATION.md "Mappings" says. Recordings with reasoning or empty text deltas are left out here:
// how those surface in the other format is not one fixed answer.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { assertChatChoice, assertContent } from "../lib/check.mjs";
import { startGateway } from "../lib/gateway.mjs";
import {
  ANTHROPIC_STREAMS, ANTHROPIC_WHOLE, OPENAI_FINISH_OF_STOP, OPENAI_STREAMS, OPENAI_WHOLE, STOP_OF_OPENAI_FINISH,
} from "../lib/recordings.mjs";

const MESSAGES = [{ role: "user", content: "Replay the recording." }];

/** An OpenAI recording's message as Anthropic content blocks: its text (when any), then its tool calls. */
function asAnthropic({ text, toolCalls = [], finish }) {
  const content = text === "" ? [] : [{ type: "text", text }];
  for (const c of toolCalls) content.push({ type: "tool_use", id: c.id, name: c.name, input: c.args });
  return { content, stop: STOP_OF_OPENAI_FINISH[finish] };
}

/** An Anthropic recording's message as an OpenAI choice: its text blocks joined, its tool_use blocks as calls. */
function asOpenAI({ content, stop }) {
  return {
    text: content.filter((b) => b.type === "text").map((b) => b.text).join(""),
    toolCalls: content.filter((b) => b.type === "tool_use").map((b) => ({ id: b.id, name: b.name, args: b.input })),
    finish: OPENAI_FINISH_OF_STOP[stop],
  };
}

const OPENAI_STREAMED = [
  "oaipy-stream-text-include-usage", "louter-stream-gpt-4o-mini-no-usage", "oaipy-stream-finish-length-max-tokens-1",
  "oaipy-stream-parallel-tool-calls", "oaipy-stream-strict-tool-call",
];
const OPENAI_WHOLES = ["vercel-openai-text", "vercel-groq-tool-call"];
const ANTHROPIC_STREAMED = ["antpy-stream-tool-use", "vercel-anthropic-text", "antpy-http-tool-roundtrip-stream.0", "vercel-anthropic-refusal"];
const ANTHROPIC_WHOLES = ["vercel-anthropic-json-tool.1", "vercel-anthropic-tool-no-args", "antpy-http-tool-roundtrip-nonstream.1"];

describe("across formats", () => {
  let gw;
  before(async () => { gw = await startGateway(); });
  after(async () => { await gw?.close(); });

  for (const name of OPENAI_STREAMED) {
    it(`Anthropic SDK streams OpenAI recording ${name}`, async () => {
      const expected = asAnthropic(OPENAI_STREAMS[name]);
      const message = await gw.anthropicClient.messages.stream({
        model: `${gw.openai}/${name}`, max_tokens: 1024, messages: MESSAGES,
      }).finalMessage();
      assertContent(message.content, expected.content, { ids: false });
      assert.equal(message.stop_reason, expected.stop);
    });
  }

  for (const name of OPENAI_WHOLES) {
    it(`Anthropic SDK gets OpenAI recording ${name} whole`, async () => {
      const expected = asAnthropic(OPENAI_WHOLE[name]);
      const message = await gw.anthropicClient.messages.create({
        model: `${gw.openai}/${name}`, max_tokens: 1024, messages: MESSAGES,
      });
      assertContent(message.content, expected.content, { ids: false });
      assert.equal(message.stop_reason, expected.stop);
    });
  }

  for (const name of ANTHROPIC_STREAMED) {
    it(`openai SDK streams Anthropic recording ${name}`, async () => {
      const completion = await gw.openaiClient.chat.completions.stream({
        model: `${gw.anthropic}/${name}`, messages: MESSAGES, stream_options: { include_usage: true },
      }).finalChatCompletion();
      assert.equal(completion.choices.length, 1);
      assertChatChoice(completion.choices[0], asOpenAI(ANTHROPIC_STREAMS[name]), { ids: false });
    });
  }

  for (const name of ANTHROPIC_WHOLES) {
    it(`openai SDK gets Anthropic recording ${name} whole`, async () => {
      const completion = await gw.openaiClient.chat.completions.create({ model: `${gw.anthropic}/${name}`, messages: MESSAGES });
      assert.equal(completion.choices.length, 1);
      assertChatChoice(completion.choices[0], asOpenAI(ANTHROPIC_WHOLE[name]), { ids: false });
    });
  }
});
