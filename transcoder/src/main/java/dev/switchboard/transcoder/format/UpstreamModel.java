package dev.switchboard.transcoder.format;

import javax.annotation.Nullable;

/** A model as an upstream lists it. */
public record UpstreamModel(String id, @Nullable String ownedBy, long created) {}
