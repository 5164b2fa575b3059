# Target "switchboard-anthropic": Switchboard translating OpenAI chat requests to an Anthropic
# upstream: the provider "mock" speaks api_format "anthropic" (POST $MOCK_URL/v1/messages, which the
# mock answers in Anthropic's JSON and SSE). Needs a build with the Anthropic adapter; without it,
# the start fails at once with "does not implement api_format anthropic".
# The model is named "provider/model" (the mock's model list is OpenAI-shaped); for the issue's
# ratio (OpenAI -> Anthropic CPU per request vs OpenAI -> OpenAI) run both the same way:
#   SB_MODEL=mock/gpt-4o-mini bench/run-switchboard.sh switchboard switchboard-anthropic
SB_API_FORMAT=anthropic
SB_MODEL=${SB_MODEL:-mock/gpt-4o-mini}
source "$(dirname "${BASH_SOURCE[0]}")/switchboard.sh"
