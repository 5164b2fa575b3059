// The TypeScript client against a live gateway in front of a fake upstream replaying recorded
// OpenAI traffic. Run through clients/testing/stack.py (see clients/testing/suite.sh), which
// provides the environment read below; without it the suite fails in before(), nothing is skipped.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import {
  type ChatCompletionChunk,
  type ChatRequestInit,
  Code,
  FinishReason,
  type Provider,
  Role,
  type SwitchboardClient,
  SwitchboardError,
  type ToolCall,
  chatRequest,
  createSwitchboardClient,
} from "../src/index.js";

const expected = JSON.parse(readFileSync(new URL("../../../testing/expected.json", import.meta.url), "utf8"));

function env(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run this suite through clients/testing/stack.py`);
  }
  return value;
}

async function collect(client: SwitchboardClient, req: ChatRequestInit): Promise<ChatCompletionChunk[]> {
  const chunks: ChatCompletionChunk[] = [];
  for await (const chunk of client.inference.streamChatCompletion(req)) {
    chunks.push(chunk);
  }
  return chunks;
}

function usage(u: { promptTokens: number; completionTokens: number; totalTokens: number } | undefined) {
  return { prompt_tokens: u?.promptTokens, completion_tokens: u?.completionTokens, total_tokens: u?.totalTokens };
}

/** Calls read until it returns something, for up to 10 s. */
async function poll<T>(what: string, read: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = await read();
    if (found !== undefined) return found;
    if (Date.now() > deadline) assert.fail(`${what}: not there after 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** USD per million tokens, a decimal string, as an exact count of micro-dollars per million tokens. */
function microUsd(decimal: string): bigint {
  const [whole, fraction = ""] = decimal.split(".");
  assert.ok(fraction.length <= 6, decimal);
  return BigInt(whole) * 1_000_000n + BigInt(fraction.padEnd(6, "0"));
}

async function rejectsWith(promise: Promise<unknown>, code: Code): Promise<SwitchboardError> {
  const e = await promise.then(() => assert.fail("expected the call to fail"), (e: unknown) => e);
  assert.ok(e instanceof SwitchboardError, `not a SwitchboardError: ${e}`);
  assert.equal(e.code, code, e.message);
  return e;
}

describe("switchboard client against a live gateway", () => {
  let client: SwitchboardClient;
  let provider: Provider;

  before(async () => {
    client = createSwitchboardClient({ target: env("SWITCHBOARD_TARGET"), key: env("SWITCHBOARD_KEY"), timeoutMs: 20_000 });
    provider = await client.admin.createProvider({
      provider: { name: expected.provider, preset: "custom", baseUrl: env("UPSTREAM_BASE_URL"), apiKey: env("UPSTREAM_API_KEY") },
    });
  });

  after(() => client?.close());

  it("creates a provider and stores it with the key masked", async () => {
    assert.equal(provider.name, expected.provider);
    assert.ok(provider.id);
    assert.equal(provider.apiKey, "");
    assert.equal(provider.apiKeyMasked, "****" + env("UPSTREAM_API_KEY").slice(-4));
    const again = await client.admin.getProvider({ name: expected.provider });
    assert.equal(again.baseUrl, env("UPSTREAM_BASE_URL"));
  });

  it("lists the built-in presets", async () => {
    const { presets } = await client.admin.listPresets({});
    const names = presets.map((p) => p.name);
    for (const name of expected.presets) {
      assert.ok(names.includes(name), `no preset ${name} in ${names}`);
    }
    assert.equal(presets.find((p) => p.name === "openai")?.apiFormat, "openai");
  });

  it("lists the upstream models under the provider", async () => {
    const ids = (await client.inference.listModels({})).models.map((m) => m.id);
    for (const id of expected.models) {
      assert.ok(ids.includes(id), `no model ${id} in ${ids}`);
    }
  });

  it("returns the recorded completion for a unary chat", async () => {
    const want = expected.unary;
    const res = await client.inference.createChatCompletion(chatRequest(want.model, "Invent a holiday"));
    const part = res.choices[0].message?.content[0].part;
    assert.equal(part?.case, "text");
    assert.ok(part.value.startsWith(want.text_starts_with), part.value.slice(0, 80));
    assert.ok(part.value.endsWith(want.text_ends_with), part.value.slice(-80));
    assert.equal(res.choices[0].finishReason, FinishReason.STOP);
    assert.deepEqual(usage(res.usage), want.usage);
    assert.equal(res.gateway?.provider, expected.provider);
  });

  it("streams every chunk in order with usage last", async () => {
    const want = expected.stream;
    const chunks = await collect(client, { ...chatRequest(want.model, "Weather?"), streamOptions: { includeUsage: true } });
    const deltas = chunks.flatMap((c) => c.choices.map((ch) => ch.delta?.content ?? "")).filter((d) => d !== "");
    assert.deepEqual(deltas, want.deltas);
    assert.equal(chunks[0].gateway?.provider, expected.provider);
    assert.equal(chunks.at(-2)?.choices[0].finishReason, FinishReason.STOP);
    assert.equal(chunks.at(-1)?.choices.length, 0);
    assert.deepEqual(usage(chunks.at(-1)?.usage), want.usage);
  });

  it("streams tool calls and sends their results back", async () => {
    const want = expected.tool_stream;
    const req: ChatRequestInit = {
      ...chatRequest(want.model, "Weather in Edinburgh and the AAPL price?"),
      tools: want.calls.map((c: { name: string }) => ({ type: "function", name: c.name, parameters: { type: "object" } })),
    };
    const calls = new Map<number, ToolCall>();
    const finish: FinishReason[] = [];
    for (const chunk of await collect(client, req)) {
      for (const choice of chunk.choices) {
        if (choice.finishReason !== FinishReason.UNSPECIFIED) finish.push(choice.finishReason);
        for (const f of choice.delta?.toolCalls ?? []) {
          const call = calls.get(f.index) ?? { ...f, arguments: "" };
          call.id ||= f.id;
          call.type ||= f.type;
          call.name ||= f.name;
          call.arguments += f.arguments;
          calls.set(f.index, call);
        }
      }
    }
    assert.deepEqual(finish, [FinishReason.TOOL_CALLS]);
    assert.deepEqual(
      [...calls.values()].map((c) => ({ index: c.index, id: c.id, name: c.name, arguments: JSON.parse(c.arguments) })),
      want.calls,
    );

    // The results go back with the ids the model gave; the fake upstream refuses a result whose id
    // answers no call, so a client that loses the ids fails here.
    const answer = (ids: string[]) =>
      client.inference.createChatCompletion({
        model: want.model,
        messages: [
          ...(req.messages ?? []),
          { role: Role.ASSISTANT, toolCalls: [...calls.values()] },
          ...ids.map((id) => ({ role: Role.TOOL, toolCallId: id, content: [{ part: { case: "text" as const, value: '{"ok": true}' } }] })),
        ],
      });
    const reply = await answer([...calls.values()].map((c) => c.id));
    const part = reply.choices[0].message?.content[0].part;
    assert.ok(part?.case === "text" && part.value.startsWith(expected.unary.text_starts_with));
    await rejectsWith(answer(["call_that_was_never_made"]), Code.InvalidArgument);
  });

  it("surfaces an unknown model as NOT_FOUND with the error info", async () => {
    const want = expected.unknown_model;
    const req = chatRequest(want.model, "hi");
    for (const call of [() => client.inference.createChatCompletion(req), () => collect(client, req)]) {
      const e = await rejectsWith(call(), Code.NotFound);
      assert.equal(e.codeName, "NOT_FOUND");
      assert.equal(e.reason, want.reason);
      assert.equal(e.domain, "switchboard");
      assert.equal(e.metadata.code, want.code);
      assert.equal(e.metadata.http_status, want.http_status);
      assert.ok(e.message.includes(want.model), e.message);
    }
  });

  it("runs inference with a member's key, refuses it admin calls and stops it once revoked", async () => {
    const name = `member-${randomUUID()}`;
    const member = await client.access.createUser({ user: { name, role: "member" } });
    assert.equal(member.role, "member");
    try {
      const created = await client.access.createKey({ key: { user: name, name: "suite" } });
      assert.ok(created.secret.startsWith("sb-") && created.secret.startsWith(created.key!.prefix), created.key?.prefix);
      assert.equal(created.key?.user, name);
      const memberClient = createSwitchboardClient({ target: env("SWITCHBOARD_TARGET"), key: created.secret, timeoutMs: 20_000 });
      try {
        // The suite's provider was created with the admin key, so it is shared: a member routes to it.
        const want = expected.unary;
        const res = await memberClient.inference.createChatCompletion(chatRequest(want.model, "Invent a holiday"));
        const part = res.choices[0].message?.content[0].part;
        assert.equal(part?.case, "text");
        assert.ok(part.value.startsWith(want.text_starts_with), part.value.slice(0, 80));
        assert.ok(part.value.endsWith(want.text_ends_with), part.value.slice(-80));
        assert.equal(res.choices[0].finishReason, FinishReason.STOP);
        assert.deepEqual(usage(res.usage), want.usage);
        assert.equal(res.gateway?.provider, expected.provider);

        const caller = await memberClient.access.getCaller({});
        assert.deepEqual(
          [caller.userName, caller.userId, caller.role, caller.credential, caller.keyId, caller.keyPrefix],
          [name, member.id, "member", "api_key", created.key?.id, created.key?.prefix],
        );

        // Creating users is for admins only.
        const denied = await rejectsWith(memberClient.access.createUser({ user: { name: `${name}-friend` } }), Code.PermissionDenied);
        assert.equal(denied.codeName, "PERMISSION_DENIED");
        assert.equal(denied.reason, "PERMISSION_DENIED");
        assert.equal(denied.domain, "switchboard");
        assert.equal(denied.metadata.http_status, "403");

        const revoked = await client.access.revokeKey({ id: created.key!.id });
        assert.equal(revoked.state, "revoked");
        const refused = await rejectsWith(
          memberClient.inference.createChatCompletion(chatRequest(want.model, "Invent a holiday")), Code.Unauthenticated);
        assert.equal(refused.domain, "switchboard");
      } finally {
        memberClient.close();
      }
    } finally {
      await client.access.deleteUser({ name });
    }
  });

  it("lets a member read their own usage after a call", async () => {
    const name = `member-${randomUUID()}`;
    await client.access.createUser({ user: { name, role: "member" } });
    try {
      const created = await client.access.createKey({ key: { user: name, name: "usage" } });
      const memberClient = createSwitchboardClient({ target: env("SWITCHBOARD_TARGET"), key: created.secret, timeoutMs: 20_000 });
      try {
        const want = expected.unary;
        const res = await memberClient.inference.createChatCompletion(chatRequest(want.model, "Invent a holiday"));
        const provider = res.gateway!.provider;
        const model = res.gateway!.upstreamModel;
        const prompt = BigInt(res.usage!.promptTokens);
        const completion = BigInt(res.usage!.completionTokens);

        // The ledger writes in batches (every 250 ms by default): poll until the request is in.
        const record = await poll("the request in listUsageRecords", async () =>
          (await memberClient.usage.listUsageRecords({})).records.find((r) => r.model === model));
        const usage = await poll("the request in getUsage", async () => {
          const u = await memberClient.usage.getUsage({ groupBy: ["model"], granularity: "hour" });
          return u.buckets.some((b) => b.model === model) ? u : undefined;
        });

        // A fresh member: this one request is all their usage, whatever else the suite ran.
        assert.equal(usage.totals?.requests, 1n);
        const bucket = usage.buckets.find((b) => b.model === model)!;
        assert.ok(bucket.totals!.requests >= 1n, `${bucket.totals?.requests}`);
        assert.equal(bucket.totals?.errors, 0n);
        assert.deepEqual([bucket.totals?.promptTokens, bucket.totals?.completionTokens], [prompt, completion]);

        assert.deepEqual([record.ingress, record.usageSource], ["grpc", "reported"]);
        assert.deepEqual([record.promptTokens, record.completionTokens], [prompt, completion]);
        assert.deepEqual([record.provider, record.requestedModel, record.user, record.keyId],
                         [provider, want.model, name, created.key?.id]);
        assert.equal(record.stream, false);
        assert.equal(record.errorKind, "");

        // Every role reads the prices; the request was charged at the one in force for its model.
        const prices = await memberClient.prices.listPrices({});
        assert.match(prices.tableChecked, /^\d{4}-\d{2}-\d{2}$/);
        const price = prices.prices.find((p) => p.model === model && (p.provider === provider || p.provider === "*"));
        assert.ok(price, `no price for ${model} in ${prices.prices.map((p) => `${p.provider}/${p.model}`)}`);
        assert.equal(record.cachedTokens + record.reasoningTokens, 0n);
        assert.ok(record.costNanos !== undefined, record.costNote);
        // micro-dollars per million tokens x tokens = pico-dollars; nano-dollars rounded half up.
        const pico = microUsd(price.input) * prompt + microUsd(price.output) * completion;
        assert.equal(record.costNanos, (pico + 500n) / 1000n);

        // Limits are set by admins and operators only.
        const denied = await rejectsWith(
          memberClient.limits.setLimits({ scope: "user", subject: name, policy: { requestsPerMinute: 1000n } }),
          Code.PermissionDenied);
        assert.equal(denied.reason, "PERMISSION_DENIED");
      } finally {
        memberClient.close();
      }
    } finally {
      await client.access.deleteUser({ name });
    }
  });

  it("fails a call whose deadline passed with DEADLINE_EXCEEDED", async () => {
    await rejectsWith(client.inference.createChatCompletion(chatRequest(expected.slow_model, "hi"), { timeoutMs: 500 }),
                      Code.DeadlineExceeded);
    const impatient = createSwitchboardClient({ target: env("SWITCHBOARD_TARGET"), key: env("SWITCHBOARD_KEY"), timeoutMs: 500 });
    try {
      await rejectsWith(impatient.inference.createChatCompletion(chatRequest(expected.slow_model, "hi")), Code.DeadlineExceeded);
    } finally {
      impatient.close();
    }
  });

  it("fails with a wrong key as UNAUTHENTICATED", async () => {
    const stranger = createSwitchboardClient({ target: env("SWITCHBOARD_TARGET"), key: "sb-wrong-key-0123456789abcdef" });
    try {
      await rejectsWith(stranger.inference.listModels({}), Code.Unauthenticated);
    } finally {
      stranger.close();
    }
  });

  it("fails against an unreachable gateway as UNAVAILABLE", async () => {
    const nowhere = createSwitchboardClient({ target: "127.0.0.1:1", key: "sb-any-key-0123456789abcdef", timeoutMs: 5_000 });
    try {
      await rejectsWith(nowhere.admin.listPresets({}), Code.Unavailable);
    } finally {
      nowhere.close();
    }
  });

  it("runs the README example, which prints the streamed answer", async () => {
    const example = fileURLToPath(new URL("../examples/stream-chat.js", import.meta.url));
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [example, "Weather?"], {
      env: { ...process.env, SWITCHBOARD_MODEL: expected.stream.model },
      timeout: 60_000,
    });
    assert.equal(stdout, expected.stream.text + "\n");
    assert.ok(stderr.includes(`[${expected.stream.usage.total_tokens} tokens]`), stderr);
  });
});
