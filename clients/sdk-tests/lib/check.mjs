// Assertions shared by the test files: an SDK's assembled answer against what a recording says
// (lib/recordings.mjs).
import assert from "node:assert/strict";

export function assertText(actual, expected, what) {
  if (typeof expected === "string") {
    assert.equal(actual, expected, what);
    return;
  }
  assert.equal(typeof actual, "string", `${what}: no text`);
  assert.equal(actual.length, expected.length, `${what}: length`);
  assert.ok(actual.startsWith(expected.start), `${what}: starts ${JSON.stringify(actual.slice(0, 60))}`);
  assert.ok(actual.endsWith(expected.end), `${what}: ends ${JSON.stringify(actual.slice(-60))}`);
}

/**
 * An OpenAI chat choice (from finalChatCompletion or create) against { text, toolCalls, finish }.
 * Tool-call ids are compared only when {@code ids} is set (a translated answer may mint its own).
 */
export function assertChatChoice(choice, expected, { ids = true } = {}) {
  assert.equal(choice.message.role, "assistant");
  // A message holding only tool calls may carry content null or "": both say "no text".
  assertText(choice.message.content ?? "", expected.text, "content");
  const calls = choice.message.tool_calls ?? [];
  assert.deepEqual(calls.map((c) => ({
    ...(ids ? { id: c.id } : {}),
    name: c.function.name,
    args: JSON.parse(c.function.arguments),
  })), (expected.toolCalls ?? []).map(({ id, name, args }) => ({ ...(ids ? { id } : {}), name, args })));
  for (const c of calls) {
    assert.equal(c.type, "function");
    assert.ok(c.id, "a tool call without an id");
  }
  assert.equal(choice.finish_reason, expected.finish);
}

/** An Anthropic message's content blocks against [{ type: "text", text } | { type: "tool_use", id, name, input }]. */
export function assertContent(content, expected, { ids = true } = {}) {
  assert.deepEqual(content.map((b) => b.type), expected.map((b) => b.type), "content block types");
  content.forEach((b, i) => {
    const want = expected[i];
    if (b.type === "text") {
      assertText(b.text, want.text, `content[${i}].text`);
    } else {
      assert.equal(b.name, want.name);
      assert.deepEqual(b.input, want.input);
      assert.ok(b.id, "a tool_use block without an id");
      if (ids) assert.equal(b.id, want.id);
    }
  });
}
