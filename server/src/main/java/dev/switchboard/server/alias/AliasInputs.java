package dev.switchboard.server.alias;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.google.protobuf.Duration;

import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.Alias;
import dev.switchboard.v1.AliasTarget;
import dev.switchboard.v1.RetryPolicy;
import dev.switchboard.v1.TargetOverrides;

/** Validates an alias and fills in its defaults, with messages that name the field. */
final class AliasInputs {
    static final int MAX_TARGETS = 32;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final Set<String> EFFORTS = Set.of("none", "minimal", "low", "medium", "high");
    static final List<String> UPDATABLE = List.of(
            "name", "targets", "strategy", "fallback_on_context_length", "retry", "description");

    private AliasInputs() {}

    /**
     * The alias as stored: defaults filled, every field checked.
     *
     * @param providerExists whether a provider of that name exists (targets must name one)
     */
    static Alias normalize(Alias a, Predicate<String> providerExists) {
        if (!NAME.matcher(a.getName()).matches()) {
            throw GatewayException.invalid("name: '" + clip(a.getName()) + "' (expected: 1-128 letters, digits, "
                                           + "'.', '_', ':' or '-', starting with a letter or digit; no '/')");
        }
        if (a.getTargetsCount() == 0 || a.getTargetsCount() > MAX_TARGETS) {
            throw GatewayException.invalid("targets: " + a.getTargetsCount() + " (expected: 1-" + MAX_TARGETS + ")");
        }
        final Alias.Builder b = a.toBuilder().clearTargets().clearCreateTime().clearUpdateTime();
        for (int i = 0; i < a.getTargetsCount(); i++) {
            b.addTargets(target(a.getTargets(i), "targets[" + i + ']', providerExists));
        }
        if (a.getStrategy() == Alias.Strategy.STRATEGY_UNSPECIFIED) {
            b.setStrategy(Alias.Strategy.PRIORITY);
        } else if (a.getStrategy() == Alias.Strategy.UNRECOGNIZED) {
            throw GatewayException.invalid("strategy: unknown");
        }
        b.setRetry(retry(a.getRetry()));
        return b.build();
    }

    private static AliasTarget target(AliasTarget t, String path, Predicate<String> providerExists) {
        final int slash = t.getModel().indexOf('/');
        if (slash <= 0 || slash == t.getModel().length() - 1) {
            throw GatewayException.invalid(path + ".model: '" + clip(t.getModel()) + "' (expected: '<provider>/<model>')");
        }
        final String provider = t.getModel().substring(0, slash);
        if (!providerExists.test(provider)) {
            throw GatewayException.invalid(path + ".model: provider '" + clip(provider) + "' does not exist");
        }
        if (t.getWeight() < 0) {
            throw GatewayException.invalid(path + ".weight: " + t.getWeight() + " (expected: >= 0; 0 means 1)");
        }
        if (t.getContextWindow() < 0) {
            throw GatewayException.invalid(path + ".context_window: must not be negative");
        }
        if (t.hasInputPrice() && t.getInputPrice() < 0 || t.hasOutputPrice() && t.getOutputPrice() < 0) {
            throw GatewayException.invalid(path + ": prices must not be negative");
        }
        overrides(t.getOverrides(), path + ".overrides");
        // The status is the process's live view, output only: never stored.
        final AliasTarget.Builder b = t.toBuilder().clearStatus();
        return (t.getWeight() == 0 ? b.setWeight(1) : b).build();
    }

    private static void overrides(TargetOverrides o, String path) {
        if (o.hasTemperature() && (o.getTemperature() < 0 || o.getTemperature() > 2)) {
            throw GatewayException.invalid(path + ".temperature: " + o.getTemperature() + " (expected: 0-2)");
        }
        if (o.hasTopP() && (o.getTopP() < 0 || o.getTopP() > 1)) {
            throw GatewayException.invalid(path + ".top_p: " + o.getTopP() + " (expected: 0-1)");
        }
        if (o.hasMaxTokens() && o.getMaxTokens() <= 0) {
            throw GatewayException.invalid(path + ".max_tokens: " + o.getMaxTokens() + " (expected: > 0)");
        }
        if (!o.getReasoningEffort().isEmpty() && !EFFORTS.contains(o.getReasoningEffort())) {
            throw GatewayException.invalid(path + ".reasoning_effort: '" + clip(o.getReasoningEffort())
                                           + "' (expected one of: " + String.join(", ", EFFORTS) + ")");
        }
    }

    private static RetryPolicy retry(RetryPolicy r) {
        final RetryPolicy.Builder b = r.toBuilder();
        if (r.getMaxAttempts() == 0) {
            // Routing's Retry.DEFAULT: an alias retries as a direct request does.
            b.setMaxAttempts(3);
        } else if (r.getMaxAttempts() < 0 || r.getMaxAttempts() > 10) {
            throw GatewayException.invalid("retry.max_attempts: " + r.getMaxAttempts() + " (expected: 1-10)");
        }
        if (!r.hasInitialBackoff()) {
            b.setInitialBackoff(millis(200));
        }
        if (!r.hasMaxBackoff()) {
            b.setMaxBackoff(millis(5000));
        }
        if (!r.hasDeadline()) {
            b.setDeadline(millis(120_000));
        }
        final long initial = toMillis(b.getInitialBackoff());
        final long max = toMillis(b.getMaxBackoff());
        final long deadline = toMillis(b.getDeadline());
        if (initial <= 0 || max < initial) {
            throw GatewayException.invalid("retry: backoffs must be > 0 with max_backoff >= initial_backoff");
        }
        if (deadline <= 0 || deadline > 3_600_000) {
            throw GatewayException.invalid("retry.deadline: " + deadline + "ms (expected: > 0 and <= 1h)");
        }
        return b.build();
    }

    static long toMillis(Duration d) {
        return d.getSeconds() * 1000 + d.getNanos() / 1_000_000;
    }

    private static Duration millis(long ms) {
        return Duration.newBuilder().setSeconds(ms / 1000).setNanos((int) (ms % 1000) * 1_000_000).build();
    }

    private static String clip(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64) + "...";
    }
}
