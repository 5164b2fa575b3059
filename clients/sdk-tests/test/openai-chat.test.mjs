// The openai SDK over /v1/chat/completions, every OpenAI-format recording replayed by the fake
// upstream: the stream helper's finalChatCompletion and a whole create must both assemble the
// message the recording holds.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { assertChatChoice } from "../lib/check.mjs";
import { startGateway } from "../lib/gateway.mjs";
import { OPENAI_STREAMS, OPENAI_WHOLE } from "../lib/recordings.mjs";

const MESSAGES = [{ role: "user", content: "Replay the recording." }];

describe("openai SDK, OpenAI-format upstream", () => {
  let gw;
  before(async () => { gw = await startGateway(); });
  after(async () => { await gw?.close(); });

  for (const [name, expected] of Object.entries(OPENAI_STREAMS)) {
    it(`streams ${name} into the recorded message`, async () => {
      const stream = gw.openaiClient.chat.completions.stream({
        model: `${gw.openai}/${name}`, messages: MESSAGES, stream_options: { include_usage: true },
      });
      const completion = await stream.finalChatCompletion();
      assert.equal(completion.choices.length, 1);
      assertChatChoice(completion.choices[0], expected);
    });
  }

  for (const [name, expected] of Object.entries(OPENAI_WHOLE)) {
    it(`answers ${name} whole with the recorded message`, async () => {
      const completion = await gw.openaiClient.chat.completions.create({ model: `${gw.openai}/${name}`, messages: MESSAGES });
      assert.equal(completion.object, "chat.completion");
      assert.equal(completion.choices.length, 1);
      assertChatChoice(completion.choices[0], expected);
    });
  }

  it("lists the provider's models", async () => {
    const ids = [];
    for await (const m of gw.openaiClient.models.list()) ids.push(m.id);
    assert.ok(ids.includes(`${gw.openai}/recorded`), `no ${gw.openai}/recorded in ${ids}`);
  });
});
