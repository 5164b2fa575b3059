// A Responses client's stream carries the citations its whole answer does (issue 18, "pass through
// what the client's format can carry"): the official openai SDK's responses.stream sees a
// response.output_text.annotation.added event and the final response's output_text annotations,
// over a Responses upstream (fixtures/written/responses/web-search-url-citation.sse, from OpenAI's
// Responses streaming reference) and over an Anthropic upstream whose cited text block becomes a
// url_citation spanning that block (anthropic/messages/web-search-pause-turn.sse, from Anthropic's
// web search tool, citations and streaming pages).
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import OpenAI from "openai";
import { startFakeUpstream } from "../lib/fake-upstream.mjs";
import { admin, env } from "../lib/gateway.mjs";

const URL = "https://en.wikipedia.org/wiki/Mount_Columbia_(Canada)";
const TITLE = "Mount Columbia (Canada) - Wikipedia";

async function streamed(openai, model) {
  const stream = openai.responses.stream({ model, input: "What is the tallest mountain in Alberta?" });
  const added = [];
  for await (const event of stream) {
    if (event.type === "response.output_text.annotation.added") added.push(event.annotation);
  }
  const final = await stream.finalResponse();
  const message = final.output.find((item) => item.type === "message");
  return { added, annotations: message.content[0].annotations, text: message.content[0].text };
}

describe("streamed annotations for a Responses client, through the openai SDK", () => {
  let upstream;
  let responses;
  let anthropic;
  let openai;
  before(async () => {
    const key = `sk-fake-${randomBytes(8).toString("hex")}`;
    upstream = await startFakeUpstream({ key });
    const suffix = randomBytes(4).toString("hex");
    responses = `rec-resp-${suffix}`;
    anthropic = `rec-ant-${suffix}`;
    await admin("POST", "", {
      name: responses, preset: "custom", api_format: "openai_responses", base_url: upstream.responsesBaseUrl, api_key: key,
    });
    await admin("POST", "", { name: anthropic, preset: "anthropic", base_url: upstream.anthropicBaseUrl, api_key: key });
    openai = new OpenAI({ baseURL: `http://${env("SWITCHBOARD_TARGET")}/v1`, apiKey: env("SWITCHBOARD_KEY"), maxRetries: 0, timeout: 20_000 });
  });
  after(async () => {
    await Promise.allSettled([admin("DELETE", `/${responses}`), admin("DELETE", `/${anthropic}`)]);
    await upstream?.close();
  });

  it("over a Responses upstream: the upstream's annotation, event and final response", async () => {
    const expected = { type: "url_citation", url: URL, title: TITLE, start_index: 52, end_index: 124 };
    const { added, annotations } = await streamed(openai, `${responses}/web-search-url-citation`);
    assert.deepEqual(added, [expected]);
    assert.deepEqual(annotations, [expected]);
  });

  it("over an Anthropic upstream: the cited text block's span", async () => {
    const before = "The tallest mountain in Alberta is ";
    const cited = "Mount Columbia, at 3,747 m (12,293 ft)";
    const expected = {
      type: "url_citation", url: URL, title: TITLE, start_index: before.length, end_index: before.length + cited.length,
    };
    const { added, annotations, text } = await streamed(openai, `${anthropic}/web-search-pause-turn`);
    assert.ok(text.startsWith(before + cited));
    assert.deepEqual(added, [expected]);
    assert.deepEqual(annotations, [expected]);
  });
});
