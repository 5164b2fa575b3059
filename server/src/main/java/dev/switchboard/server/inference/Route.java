package dev.switchboard.server.inference;

import dev.switchboard.server.provider.UpstreamProvider;

/** Where a request goes: a provider and the model name that provider knows. */
record Route(UpstreamProvider provider, String model) {}
