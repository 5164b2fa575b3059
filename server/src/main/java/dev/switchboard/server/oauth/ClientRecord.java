package dev.switchboard.server.oauth;

import java.time.Instant;

/** An OAuth2 client as stored: never its secret, only the secret's keyed hash and last four. */
record ClientRecord(String clientId, String name, String userId, String secretHash, String secretLast4,
                    boolean disabled, Instant createTime, Instant updateTime) {}
