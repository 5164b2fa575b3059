package dev.switchboard.transcoder.upstream;

import com.linecorp.armeria.common.annotation.Nullable;

/** A model as an upstream lists it. */
public record UpstreamModel(String id, @Nullable String ownedBy, long created) {}
