#!/usr/bin/python3
"""Streams one chat completion through a Switchboard gateway and prints it as it arrives.

    SWITCHBOARD_KEY=... python3 examples/stream_chat.py "Tell me a joke"

SWITCHBOARD_TARGET (default 127.0.0.1:8080), SWITCHBOARD_KEY (required) and SWITCHBOARD_MODEL
(default openai/gpt-4o-mini) choose where, as whom and which model.
"""

import os
import sys

# Run from a checkout without installing: the package is the directory above this one.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import switchboard  # noqa: E402
from switchboard.v1 import chat_pb2  # noqa: E402


def main():
    prompt = " ".join(sys.argv[1:]) or "Say hello in five words."
    target = os.environ.get("SWITCHBOARD_TARGET", "127.0.0.1:8080")
    model = os.environ.get("SWITCHBOARD_MODEL", "openai/gpt-4o-mini")
    request = switchboard.chat_request(model, prompt, stream_options=chat_pb2.StreamOptions(include_usage=True))
    try:
        with switchboard.Client(target, os.environ["SWITCHBOARD_KEY"], timeout=60) as client:
            for chunk in client.stream_chat_completion(request):
                for choice in chunk.choices:
                    print(choice.delta.content, end="", flush=True)
                if chunk.HasField("usage"):
                    print("\n[%d tokens]" % chunk.usage.total_tokens, file=sys.stderr)
    except switchboard.SwitchboardError as e:
        print("\nswitchboard: %s (reason %s, %s)" % (e.message, e.reason or "-", e.metadata), file=sys.stderr)
        return 1
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
