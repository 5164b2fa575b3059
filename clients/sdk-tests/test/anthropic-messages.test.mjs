// The Anthropic SDK over /v1/messages, every Anthropic-format recording replayed by the fake
// upstream: messages.stream(...).finalMessage() and a whole create must both give the recording's
// content blocks and stop_reason.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { assertContent } from "../lib/check.mjs";
import { startGateway } from "../lib/gateway.mjs";
import { ANTHROPIC_STREAMS, ANTHROPIC_WHOLE } from "../lib/recordings.mjs";

const MESSAGES = [{ role: "user", content: "Replay the recording." }];

describe("Anthropic SDK, Anthropic-format upstream", () => {
  let gw;
  before(async () => { gw = await startGateway(); });
  after(async () => { await gw?.close(); });

  for (const [name, expected] of Object.entries(ANTHROPIC_STREAMS)) {
    it(`streams ${name} into the recorded message`, async () => {
      const message = await gw.anthropicClient.messages.stream({
        model: `${gw.anthropic}/${name}`, max_tokens: 1024, messages: MESSAGES,
      }).finalMessage();
      assert.equal(message.role, "assistant");
      assertContent(message.content, expected.content);
      assert.equal(message.stop_reason, expected.stop);
    });
  }

  for (const [name, expected] of Object.entries(ANTHROPIC_WHOLE)) {
    it(`answers ${name} whole with the recorded message`, async () => {
      const message = await gw.anthropicClient.messages.create({
        model: `${gw.anthropic}/${name}`, max_tokens: 1024, messages: MESSAGES,
      });
      assert.equal(message.type, "message");
      assertContent(message.content, expected.content);
      assert.equal(message.stop_reason, expected.stop);
    });
  }
});
