// Anthropic server tools through the official SDKs (issue 18, "pass through what the client's
// format can carry"): a web search answer with server_tool_use / web_search_tool_result blocks, a
// cited text block and stop_reason pause_turn reaches @anthropic-ai/sdk unchanged, whole and
// streamed, and the paused turn it sends back (as Anthropic documents) reaches the upstream
// unchanged; the openai SDK gets the citation as a url_citation annotation. Bodies:
// fixtures/written/anthropic/messages/web-search-pause-turn.{json,sse}, hand-written from
// Anthropic's web search tool, citations and server tools pages (see that folder's README).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { startGateway } from "../lib/gateway.mjs";

const WHOLE = JSON.parse(readFileSync(new URL(
  "../../../transcoder/src/test/resources/fixtures/written/anthropic/messages/web-search-pause-turn.json",
  import.meta.url), "utf8"));
const QUESTION = { role: "user", content: "What is the tallest mountain in Alberta, and who first climbed it?" };
const TOOLS = [{ type: "web_search_20250305", name: "web_search", max_uses: 5 }];
const BEFORE = "The tallest mountain in Alberta is ";
const CITED = "Mount Columbia, at 3,747 m (12,293 ft)";

describe("Anthropic server tools through the official SDKs", () => {
  let gw;
  before(async () => { gw = await startGateway(); });
  after(async () => { await gw?.close(); });
  const model = () => `${gw.anthropic}/web-search-pause-turn`;

  it("messages.create gets the server tool blocks, the citation and pause_turn unchanged", async () => {
    const message = await gw.anthropicClient.messages.create({ model: model(), max_tokens: 4096, tools: TOOLS, messages: [QUESTION] });
    assert.equal(message.stop_reason, "pause_turn");
    assert.deepEqual(message.content, WHOLE.content);
  });

  it("messages.stream assembles the same blocks, in order, ending in pause_turn", async () => {
    const message = await gw.anthropicClient.messages.stream({ model: model(), max_tokens: 4096, tools: TOOLS, messages: [QUESTION] })
      .finalMessage();
    assert.equal(message.stop_reason, "pause_turn");
    assert.deepEqual(message.content.map((b) => b.type),
      ["server_tool_use", "web_search_tool_result", "text", "text", "text", "server_tool_use"]);
    assert.deepEqual(message.content[0].input, { query: "tallest mountain in Alberta" });
    assert.deepEqual(message.content[5].input, { query: "Mount Columbia first ascent" });
    assert.equal(message.content[3].text, CITED);
    assert.deepEqual(message.content[3].citations, WHOLE.content[3].citations);
  });

  it("the paused turn sent back reaches the upstream unchanged", async () => {
    const paused = await gw.anthropicClient.messages.create({ model: model(), max_tokens: 4096, tools: TOOLS, messages: [QUESTION] });
    const messages = [QUESTION, { role: "assistant", content: paused.content }];
    await gw.anthropicClient.messages.create({ model: model(), max_tokens: 4096, tools: TOOLS, messages });
    const seen = gw.upstream.attempts("web-search-pause-turn").at(-1).body;
    assert.deepEqual(seen.messages, messages);
    assert.deepEqual(seen.tools, TOOLS);
  });

  it("the openai SDK gets the citation as a url_citation annotation and the tool named as dropped", async () => {
    const { data, response } = await gw.openaiClient.chat.completions.create({
      model: model(), messages: [QUESTION], tools: TOOLS,
    }).withResponse();
    assert.equal(response.headers.get("x-switchboard-dropped-params"), "web_search_20250305");
    const [choice] = data.choices;
    assert.equal(choice.finish_reason, "stop");
    assert.equal(choice.message.content, `${BEFORE}${CITED}. Let me check its first ascent.`);
    assert.deepEqual(choice.message.annotations, [{
      type: "url_citation",
      url_citation: {
        url: "https://en.wikipedia.org/wiki/Mount_Columbia_(Canada)", title: "Mount Columbia (Canada) - Wikipedia",
        start_index: BEFORE.length, end_index: BEFORE.length + CITED.length,
      },
    }]);
  });
});
