package dev.switchboard.transcoder.anthropic;

/**
 * Takes the answer out of a wrapped answer tool's input, {@code {"value": <answer>}}, as its
 * fragments arrive: the characters of the {@code value} member are handed on exactly as the model
 * wrote them, everything around them is not. A scanner rather than a parser because a stream
 * gives the input in arbitrary pieces and the client should see the answer as it comes. One
 * instance per tool_use block.
 */
final class WrappedAnswer {
    private enum State { BEFORE_OBJECT, BEFORE_KEY, IN_KEY, BEFORE_COLON, BEFORE_VALUE, IN_VALUE, AFTER_VALUE, DONE }

    private State state = State.BEFORE_OBJECT;
    private final StringBuilder key = new StringBuilder();
    private boolean keyEscape;
    /** Whether the member being read is the answer. */
    private boolean answer;
    /** Open brackets inside the member's value. */
    private int depth;
    private boolean inString;
    private boolean escape;

    /** The whole answer in an input given at once. */
    static String unwrap(String input) {
        return new WrappedAnswer().feed(input);
    }

    /** The part of the answer this fragment of the input holds ("" for none). */
    String feed(String fragment) {
        final StringBuilder out = new StringBuilder();
        for (int i = 0; i < fragment.length(); i++) {
            step(fragment.charAt(i), out);
        }
        return out.toString();
    }

    private void step(char c, StringBuilder out) {
        switch (state) {
            case BEFORE_OBJECT:
                if (c == '{') {
                    state = State.BEFORE_KEY;
                }
                break;
            case BEFORE_KEY:
                if (c == '"') {
                    key.setLength(0);
                    state = State.IN_KEY;
                } else if (c == '}') {
                    state = State.DONE;
                }
                break;
            case IN_KEY:
                if (keyEscape) {
                    key.append(c);
                    keyEscape = false;
                } else if (c == '\\') {
                    keyEscape = true;
                } else if (c == '"') {
                    state = State.BEFORE_COLON;
                } else {
                    key.append(c);
                }
                break;
            case BEFORE_COLON:
                if (c == ':') {
                    state = State.BEFORE_VALUE;
                }
                break;
            case BEFORE_VALUE:
                if (!Character.isWhitespace(c)) {
                    answer = AnthropicStructuredOutput.WRAPPED_PROPERTY.contentEquals(key);
                    depth = 0;
                    inString = false;
                    escape = false;
                    state = State.IN_VALUE;
                    value(c, out);
                }
                break;
            case IN_VALUE:
                value(c, out);
                break;
            case AFTER_VALUE:
                if (c == ',') {
                    state = State.BEFORE_KEY;
                } else if (c == '}') {
                    state = State.DONE;
                }
                break;
            case DONE:
            default:
                break;
        }
    }

    /** One character of a member's value; decides where the value ends. */
    private void value(char c, StringBuilder out) {
        if (inString) {
            emit(c, out);
            if (escape) {
                escape = false;
            } else if (c == '\\') {
                escape = true;
            } else if (c == '"') {
                inString = false;
                if (depth == 0) {
                    state = State.AFTER_VALUE;
                }
            }
            return;
        }
        switch (c) {
            case '"':
                emit(c, out);
                inString = true;
                break;
            case '{':
            case '[':
                emit(c, out);
                depth++;
                break;
            case '}':
            case ']':
                if (depth == 0) {
                    // A number or literal ended by the wrapper's own closing brace.
                    state = c == '}' ? State.DONE : State.AFTER_VALUE;
                    break;
                }
                emit(c, out);
                if (--depth == 0) {
                    state = State.AFTER_VALUE;
                }
                break;
            case ',':
                if (depth == 0) {
                    state = State.BEFORE_KEY;
                } else {
                    emit(c, out);
                }
                break;
            default:
                if (depth == 0 && Character.isWhitespace(c)) {
                    state = State.AFTER_VALUE;
                } else {
                    emit(c, out);
                }
                break;
        }
    }

    private void emit(char c, StringBuilder out) {
        if (answer) {
            out.append(c);
        }
    }
}
