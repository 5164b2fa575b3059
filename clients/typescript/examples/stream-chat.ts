// Streams one chat completion through a Switchboard gateway and prints it as it arrives.
//
//   npm run build && SWITCHBOARD_KEY=... node dist/examples/stream-chat.js "Tell me a joke"
//
// SWITCHBOARD_TARGET (default 127.0.0.1:8080), SWITCHBOARD_KEY (required) and SWITCHBOARD_MODEL
// (default openai/gpt-4o-mini) choose where, as whom and which model.
import { SwitchboardError, chatRequest, createSwitchboardClient } from "../src/index.js";

const client = createSwitchboardClient({
  target: process.env.SWITCHBOARD_TARGET ?? "127.0.0.1:8080",
  key: process.env.SWITCHBOARD_KEY ?? "",
  timeoutMs: 60_000,
});
const prompt = process.argv.slice(2).join(" ") || "Say hello in five words.";
const model = process.env.SWITCHBOARD_MODEL ?? "openai/gpt-4o-mini";

try {
  const stream = client.inference.streamChatCompletion({
    ...chatRequest(model, prompt),
    streamOptions: { includeUsage: true },
  });
  for await (const chunk of stream) {
    for (const choice of chunk.choices) {
      process.stdout.write(choice.delta?.content ?? "");
    }
    if (chunk.usage) {
      process.stderr.write(`\n[${chunk.usage.totalTokens} tokens]\n`);
    }
  }
  process.stdout.write("\n");
} catch (e) {
  if (!(e instanceof SwitchboardError)) {
    throw e;
  }
  process.stderr.write(`\nswitchboard: ${e.message} (reason ${e.reason || "-"}, ${JSON.stringify(e.metadata)})\n`);
  process.exitCode = 1;
} finally {
  client.close();
}
