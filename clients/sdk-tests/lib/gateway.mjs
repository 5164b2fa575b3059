// The live gateway of clients/testing/stack.py: its address and key from the environment, the
// fake upstream registered as two providers through the admin REST API, and the official SDKs
// pointed at it. Without the stack's environment every suite fails in before(); none skips.
import { randomBytes } from "node:crypto";
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { startFakeUpstream } from "./fake-upstream.mjs";

export function env(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run this suite through clients/testing/stack.py (clients/testing/suite.sh sdk)`);
  }
  return value;
}

/** An admin REST call on /admin/v1/providers; throws on a non-2xx answer. */
export async function admin(method, path, body) {
  const res = await fetch(`http://${env("SWITCHBOARD_TARGET")}/admin/v1/providers${path}`, {
    method,
    headers: { authorization: `Bearer ${env("SWITCHBOARD_KEY")}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) {
    throw new Error(`admin ${method} ${path}: ${res.status} ${await res.text()}`);
  }
}

/**
 * Starts a fake upstream and registers it as an OpenAI-format provider and an Anthropic-format one,
 * each under a fresh name (the stack is shared by every test file). Model names are then
 * `${gw.openai}/<recording>` and `${gw.anthropic}/<recording>`.
 */
export async function startGateway() {
  const key = `sk-fake-${randomBytes(8).toString("hex")}`;
  const upstream = await startFakeUpstream({ key });
  const suffix = randomBytes(4).toString("hex");
  const openai = `rec-oai-${suffix}`;
  const anthropic = `rec-ant-${suffix}`;
  await admin("POST", "", { name: openai, preset: "custom", base_url: upstream.openaiBaseUrl, api_key: key });
  await admin("POST", "", { name: anthropic, preset: "anthropic", base_url: upstream.anthropicBaseUrl, api_key: key });
  const target = env("SWITCHBOARD_TARGET");
  return {
    upstream,
    openai,
    anthropic,
    // The SDKs' own retries off, as gateway docs advise: the gateway decides about retries.
    openaiClient: new OpenAI({ baseURL: `http://${target}/v1`, apiKey: env("SWITCHBOARD_KEY"), maxRetries: 0, timeout: 20_000 }),
    anthropicClient: new Anthropic({ baseURL: `http://${target}`, apiKey: env("SWITCHBOARD_KEY"), maxRetries: 0, timeout: 20_000 }),
    async close() {
      await Promise.allSettled([admin("DELETE", `/${openai}`), admin("DELETE", `/${anthropic}`)]);
      await upstream.close();
    },
  };
}
