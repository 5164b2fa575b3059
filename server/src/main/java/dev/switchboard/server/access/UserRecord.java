package dev.switchboard.server.access;

import java.time.Instant;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.auth.Role;

/** A user as stored. */
public record UserRecord(String id, String name, @Nullable String email, Role role, boolean disabled,
                         Instant createTime, Instant updateTime) {}
