// Reasoning survives a tool loop (issue 18): the official SDKs run turn 2 of a tool loop over a
// DeepSeek-style upstream in thinking mode, and the upstream's turn-2 request carries the turn-1
// reasoning back as reasoning_content beside the tool call (DeepSeek's guide: it "must be fully
// passed back to the API in all subsequent requests", else 400). The upstream answer is
// fixtures/written/openai-compatible/deepseek-thinking-tool-call.json, hand-written from that guide.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startGateway } from "../lib/gateway.mjs";

const RECORDING = "deepseek-thinking-tool-call";
const THOUGHT = "The user asks for tomorrow's weather in Hangzhou. I need the date first, so I call get_date.";
const QUESTION = "How's the weather in Hangzhou tomorrow?";

/** The assistant message of the last request the upstream got for the recording. */
function lastAssistant(gw) {
  const seen = gw.upstream.attempts(RECORDING);
  const messages = seen[seen.length - 1].body.messages;
  return messages.find((m) => m.role === "assistant");
}

describe("reasoning across a tool loop", () => {
  let gw;
  before(async () => { gw = await startGateway(); });
  after(async () => { await gw?.close(); });

  it("Anthropic SDK: the thinking block of turn 1 goes back as reasoning_content", async () => {
    const tools = [{ name: "get_date", input_schema: { type: "object", properties: {} } }];
    const model = `${gw.openai}/${RECORDING}`;
    const turn1 = await gw.anthropicClient.messages.create({
      model, max_tokens: 1024, tools, messages: [{ role: "user", content: QUESTION }],
    });
    assert.equal(turn1.content[0].type, "thinking");
    assert.equal(turn1.content[0].thinking, THOUGHT);
    const call = turn1.content.find((b) => b.type === "tool_use");
    assert.equal(turn1.stop_reason, "tool_use");

    await gw.anthropicClient.messages.create({
      model, max_tokens: 1024, tools, messages: [
        { role: "user", content: QUESTION },
        { role: "assistant", content: turn1.content },
        { role: "user", content: [{ type: "tool_result", tool_use_id: call.id, content: "2025-12-01" }] },
      ],
    });
    const assistant = lastAssistant(gw);
    assert.equal(assistant.reasoning_content, THOUGHT);
    assert.equal(assistant.tool_calls[0].function.name, "get_date");
  });

  it("openai SDK: a chat client's reasoning_content reaches the upstream", async () => {
    const tools = [{ type: "function", function: { name: "get_date", parameters: { type: "object", properties: {} } } }];
    const model = `${gw.openai}/${RECORDING}`;
    const turn1 = await gw.openaiClient.chat.completions.create({
      model, tools, messages: [{ role: "user", content: QUESTION }],
    });
    const message = turn1.choices[0].message;
    assert.equal(message.reasoning_content, THOUGHT);
    // The message as DeepSeek's own example code appends it: reasoning_content included.
    await gw.openaiClient.chat.completions.create({
      model, tools, messages: [
        { role: "user", content: QUESTION },
        message,
        { role: "tool", tool_call_id: message.tool_calls[0].id, content: "2025-12-01" },
      ],
    });
    assert.equal(lastAssistant(gw).reasoning_content, THOUGHT);
  });
});
