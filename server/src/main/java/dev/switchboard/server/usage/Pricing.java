package dev.switchboard.server.usage;

/** Turns a request's tokens into money; safe to call from any thread, never blocks. */
@FunctionalInterface
public interface Pricing {
    Pricing NONE = (provider, model, tokens) -> Cost.unknown("no price table");

    /** The cost of {@code tokens} on {@code model} (the upstream model name) at {@code provider}. */
    Cost cost(String provider, String model, Tokens tokens);
}
