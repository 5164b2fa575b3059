package dev.switchboard.server.usage;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.auth.Principal;

/**
 * What a request asks for, known before it is routed: who, through which surface, which model,
 * and how many tokens it may spend (for tokens-per-minute, token quotas and budgets, reserved now
 * and reconciled when the real usage is known).
 *
 * @param requestId the request's id (unique; the ledger's key)
 * @param principal the caller, or null when the gateway runs without authentication (tests)
 * @param promptEstimate the gateway's estimate of the prompt's tokens
 * @param maxOutputTokens the request's own output cap ({@code max_tokens}), or 0 when it set none
 * @param headers where the answer's rate-limit headers go
 * @param watch the request's telemetry, told what its account is told
 */
public record Demand(String requestId, @Nullable Principal principal, Ingress ingress, String requestedModel,
                     boolean stream, long promptEstimate, long maxOutputTokens, ReplyHeaders headers,
                     Watch watch) {}
