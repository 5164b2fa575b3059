// What each recording says the assistant answered, written by reading the recordings under
// transcoder/src/test/resources/fixtures/upstream (never from the gateway's output). A text is
// either the exact string or, for long ones, { start, end, length } read off the recording
// (length in UTF-16 units, as JavaScript counts). Tool-call arguments are the parsed JSON.
const SF = { location: "San Francisco" };

/** OpenAI chat streams (*.sse, *.chunks.jsonl): message text, tool calls, finish_reason. */
export const OPENAI_STREAMS = {
  "louter-stream-gpt-4o-mini-no-usage": { text: "1, 2, 3.", finish: "stop" },
  "oaipy-stream-content-logprobs": { text: "Foo!", finish: "stop" },
  "oaipy-stream-finish-length-max-tokens-1": { text: '{"', finish: "length" },
  "oaipy-stream-json-schema-non-pydantic": {
    text: { start: '\n  {\n    "location": "San Francisco, CA",\n    "wea', end: ',\n        "condition": "Cloudy"\n      }\n    ]\n  }\n', length: 608 },
    finish: "stop",
  },
  "oaipy-stream-json-schema-response-format": { text: '{"city":"San Francisco","temperature":61,"units":"f"}', finish: "stop" },
  "oaipy-stream-non-strict-tool-call": {
    text: "",
    toolCalls: [{ id: "call_4XzlGBLtUe9dy3GVNV4jhq7h", name: "get_weather", args: { city: "New York City" } }],
    finish: "tool_calls",
  },
  "oaipy-stream-parallel-tool-calls": {
    text: "",
    toolCalls: [
      { id: "call_JMW1whyEaYG438VE1OIflxA2", name: "GetWeatherArgs", args: { city: "Edinburgh", country: "GB", units: "c" } },
      { id: "call_DNYTawLBoN8fj3KN6qU9N1Ou", name: "get_stock_price", args: { ticker: "AAPL", exchange: "NASDAQ" } },
    ],
    finish: "tool_calls",
  },
  "oaipy-stream-strict-tool-call": {
    text: "",
    toolCalls: [{ id: "call_CTf1nWJLqSeRgDqaCG27xZ74", name: "get_weather", args: { city: "San Francisco", state: "CA" } }],
    finish: "tool_calls",
  },
  "oaipy-stream-text-include-usage": {
    text: "I'm unable to provide real-time weather updates. To get the current weather in San Francisco, I recommend "
      + "checking a reliable weather website or a weather app.",
    finish: "stop",
  },
  "vercel-azure-model-router": { text: "Capital of Denmark.", finish: "stop" },
  "vercel-openai-text": {
    text: { start: "**Holiday Name:** Harmony Day\n\n**Date:** Celebrate", end: "rough shared human experiences and mutual respect.", length: 1724 },
    finish: "stop",
  },
  "vercel-deepseek-tool-call": {
    text: "",
    toolCalls: [{ id: "call_00_ioIn7yN9p1ZOMNpDLwd4MgAF", name: "weather", args: SF }],
    finish: "tool_calls",
  },
  "vercel-groq-tool-call": { text: "", toolCalls: [{ id: "tk85n1k4m", name: "weather", args: {} }], finish: "tool_calls" },
  // Mistral sends its tool call without an index, in the chunk that also carries finish_reason.
  "vercel-mistral-tool-call": { text: "", toolCalls: [{ id: "gSIMJiOkT", name: "weather", args: SF }], finish: "tool_calls" },
  "vercel-xai-text": { text: "Hello", finish: "stop" },
  "vercel-xai-tool-call": { text: "", toolCalls: [{ id: "call_55117580", name: "weather", args: SF }], finish: "tool_calls" },
};

/** OpenAI chat whole answers (*.json). */
export const OPENAI_WHOLE = {
  "vercel-openai-text": {
    text: { start: "**Holiday Name:** Galaxy Day  \n\n**Date:** October ", end: "individuals to look up and dream beyond our world.", length: 1842 },
    finish: "stop",
  },
  "vercel-deepseek-tool-call": {
    text: "",
    toolCalls: [{ id: "call_00_9V0vrf86Pc9aelHCJMZqnJBo", name: "weather", args: SF }],
    finish: "tool_calls",
  },
  "vercel-groq-tool-call": { text: "", toolCalls: [{ id: "ax9fskhev", name: "weather", args: {} }], finish: "tool_calls" },
  "vercel-xai-text": { text: "Hello", finish: "stop" },
  "vercel-xai-tool-call": { text: "", toolCalls: [{ id: "call_93562515", name: "weather", args: SF }], finish: "tool_calls" },
};

/** Anthropic Messages streams: content blocks (text / tool_use with its input) and stop_reason. */
export const ANTHROPIC_STREAMS = {
  "antpy-stream-basic-text": { content: [{ type: "text", text: "Hello there!" }], stop: "end_turn" },
  "antpy-stream-tool-use": {
    content: [
      { type: "text", text: "I'll check the current weather in Paris for you." },
      { type: "tool_use", id: "toolu_01NRLabsLyVHZPKxbKvkfSMn", name: "get_weather", input: { location: "Paris" } },
    ],
    stop: "tool_use",
  },
  "antpy-http-tool-roundtrip-stream.0": {
    content: [{ type: "tool_use", id: "toolu_018acGYLtfR52q9yDbWaEdQZ", name: "get_weather", input: { location: "San Francisco, CA", units: "f" } }],
    stop: "tool_use",
  },
  "antpy-http-tool-roundtrip-stream.1": {
    content: [{ type: "text", text: "The weather in San Francisco, CA is currently:\n- **Temperature:** 68°F\n- **Condition:** Sunny\n\nIt's a nice sunny day!" }],
    stop: "end_turn",
  },
  "vercel-anthropic-json-output-format.1": {
    content: [{ type: "text", text: { start: '{"characters":[{"name":"Theron Ironheart","class":', end: 'personal code about who deserves to be robbed."}]}', length: 1267 } }],
    stop: "end_turn",
  },
  "vercel-anthropic-json-tool.2": {
    content: [
      { type: "text", text: "I'll invoke the JSON response tool." },
      { type: "tool_use", id: "toolu_01KFbKqPYSuAKujiL6mTfzYA", name: "json", input: { elements: [{ location: "San Francisco", temperature: 58, condition: "sunny" }] } },
    ],
    stop: "tool_use",
  },
  "vercel-anthropic-message-delta-input-tokens": { content: [{ type: "text", text: "pong" }], stop: "end_turn" },
  "vercel-anthropic-refusal": { content: [], stop: "refusal" },
  "vercel-anthropic-text": {
    content: [{ type: "text", text: "Hello! I'm doing well, thank you for asking. How are you doing today? Is there anything I can help you with?" }],
    stop: "end_turn",
  },
  "vercel-anthropic-tool-no-args": {
    content: [
      { type: "text", text: "I'll update the issue list for you." },
      { type: "tool_use", id: "toolu_01QE1WLsSVp5hy5Q3GmGTmjP", name: "updateIssueList", input: {} },
    ],
    stop: "tool_use",
  },
};

/** Anthropic Messages whole answers. */
export const ANTHROPIC_WHOLE = {
  "antpy-http-structured-output-nonstream.0": {
    content: [{ type: "text", text: '{"items":[{"product_name":"Green Tea","price":5.50,"quantity":2},{"product_name":"Coffee","price":3.00,"quantity":1}],"total":14.0}' }],
    stop: "end_turn",
  },
  "antpy-http-tool-roundtrip-nonstream.0": {
    content: [{ type: "tool_use", id: "toolu_013DU6hV4C1M8dJ32ybQFAFi", name: "get_weather", input: { location: "SF", units: "c" } }],
    stop: "tool_use",
  },
  "antpy-http-tool-roundtrip-nonstream.1": {
    content: [{ type: "text", text: "The weather in SF is currently **20°C** (68°F) and **Sunny**!" }],
    stop: "end_turn",
  },
  "vercel-anthropic-json-output-format.1": {
    content: [{ type: "text", text: { start: '{"recipe":{"name":"Classic Lasagna","ingredients":', end: 'bbly","Let stand for 15 minutes before serving"]}}', length: 2005 } }],
    stop: "end_turn",
  },
  "vercel-anthropic-json-tool.1": {
    content: [{
      type: "tool_use", id: "toolu_01Q9ExVZnzZj7E2QQYHYtNUa", name: "json", input: {
        elements: [
          { location: "San Francisco", temperature: -5, condition: "snowy" },
          { location: "London", temperature: 0, condition: "snowy" },
          { location: "Paris", temperature: 23, condition: "cloudy" },
          { location: "Berlin", temperature: -9, condition: "snowy" },
        ],
      },
    }],
    stop: "tool_use",
  },
  "vercel-anthropic-refusal": { content: [], stop: "refusal" },
  "vercel-anthropic-text": {
    content: [{ type: "text", text: "Hello! I'm doing well, thanks for asking. How are you doing today? Is there anything I can help you with?" }],
    stop: "end_turn",
  },
  "vercel-anthropic-tool-no-args": {
    content: [
      {
        type: "text",
        text: "<thinking>\nThe updateIssueList tool was provided in the list of available functions. The tool has no required "
          + "parameters, so it can be called without any additional information needed from the user.\n</thinking>\n\n"
          + "Okay, I will update the current issue list:",
      },
      { type: "tool_use", id: "toolu_01LRmxn9vGM1d2DZSDBowdZ1", name: "updateIssueList", input: {} },
    ],
    stop: "tool_use",
  },
};

/** finish_reason ↔ stop_reason, as TRANSLATION.md "Mappings" gives them. */
export const OPENAI_FINISH_OF_STOP = { end_turn: "stop", max_tokens: "length", tool_use: "tool_calls", refusal: "content_filter" };
export const STOP_OF_OPENAI_FINISH = { stop: "end_turn", length: "max_tokens", tool_calls: "tool_use", content_filter: "refusal" };
