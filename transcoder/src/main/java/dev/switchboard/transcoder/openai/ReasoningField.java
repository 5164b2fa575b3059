package dev.switchboard.transcoder.openai;

import javax.annotation.Nullable;

/**
 * Where an OpenAI-format upstream takes an assistant turn's reasoning back in the next request.
 * OpenAI's chat API has no such field and answers 400 to unknown message fields, so it gets none;
 * DeepSeek (whose thinking mode with tools needs the reasoning of every tool-calling turn back),
 * xAI, vLLM and most compatible servers read {@code reasoning_content}; Ollama and OpenRouter
 * read {@code reasoning}.
 */
public enum ReasoningField {
    NONE(null),
    REASONING_CONTENT("reasoning_content"),
    REASONING("reasoning");

    @Nullable
    private final String name;

    ReasoningField(@Nullable String name) {
        this.name = name;
    }

    /** The message field, or null when reasoning is not sent back. */
    @Nullable
    String fieldName() {
        return name;
    }
}
