package dev.switchboard.server.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.usage.Cost;
import dev.switchboard.server.usage.Pricing;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.v1.Alias;

/**
 * Arranges an alias's targets in the order one request will try them. Only the first position is
 * the strategy's choice; the rest is the fallback order (by the same measure where it has one).
 */
final class Strategies {
    /** A typical chat spends about three prompt tokens per completion token. */
    private static final Tokens TYPICAL_MILLION = new Tokens(3_000_000, 1_000_000, 0, 0, 0);

    private Strategies() {}

    static List<Target> order(List<Target> targets, Alias.Strategy strategy, TargetStates states,
                              RandomGenerator random, Pricing prices) {
        if (targets.size() <= 1) {
            return targets;
        }
        switch (strategy) {
            case WEIGHTED:
                return weightedPermutation(targets, random);
            case LEAST_BUSY:
                return sorted(targets, Comparator.comparingInt(t -> states.of(t.key()).inFlight()));
            case LOWEST_LATENCY:
                return lowestLatency(targets, states, random);
            case LOWEST_COST:
                return sorted(targets, Comparator.comparingDouble(t -> {
                    final Double price = blended(t, prices);
                    return price == null ? Double.MAX_VALUE : price;
                }));
            default:
                return targets;
        }
    }

    /**
     * USD per million tokens of the typical mix: the alias target's own input/output price, else
     * the price table's; null when neither knows the model (tried after every priced target).
     */
    @Nullable
    static Double blended(Target t, Pricing prices) {
        if (t.inputPrice() != null && t.outputPrice() != null) {
            return (3 * t.inputPrice() + t.outputPrice()) / 4;
        }
        final Cost c = prices.cost(t.provider(), t.model(), TYPICAL_MILLION);
        return c.nanos() == null ? null : c.nanos() / 4e9;
    }

    /** Stable: equal targets keep the alias's order. */
    private static List<Target> sorted(List<Target> targets, Comparator<Target> by) {
        final List<Target> out = new ArrayList<>(targets);
        out.sort(by);
        return out;
    }

    /** Draws without replacement, each draw in proportion to the weights left. */
    static List<Target> weightedPermutation(List<Target> targets, RandomGenerator random) {
        final List<Target> left = new ArrayList<>(targets);
        final List<Target> out = new ArrayList<>(targets.size());
        while (!left.isEmpty()) {
            long total = 0;
            for (Target t : left) {
                total += t.weight();
            }
            long pick = random.nextLong(total);
            int i = 0;
            while (pick >= left.get(i).weight()) {
                pick -= left.get(i).weight();
                i++;
            }
            out.add(left.remove(i));
        }
        return out;
    }

    /**
     * Power of two choices: of two targets drawn at random, the one with the lower average time
     * to first token goes first. A target without a sample yet wins, so every target gets measured.
     * The rest follow by their averages.
     */
    private static List<Target> lowestLatency(List<Target> targets, TargetStates states, RandomGenerator random) {
        final int a = random.nextInt(targets.size());
        int b = random.nextInt(targets.size() - 1);
        if (b >= a) {
            b++;
        }
        final Target first = latency(targets.get(a), states) <= latency(targets.get(b), states)
                             ? targets.get(a) : targets.get(b);
        final List<Target> rest = new ArrayList<>(targets);
        rest.remove(first);
        rest.sort(Comparator.comparingDouble(t -> latency(t, states)));
        rest.add(0, first);
        return rest;
    }

    private static double latency(Target t, TargetStates states) {
        final double ms = states.of(t.key()).ttftMillis();
        return Double.isNaN(ms) ? -1 : ms;
    }
}
