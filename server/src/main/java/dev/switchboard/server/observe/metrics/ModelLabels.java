package dev.switchboard.server.observe.metrics;

import com.linecorp.armeria.common.annotation.Nullable;

/**
 * Turns the names a request carries into label values from a bounded set: a name the gateway
 * knows stays itself, anything else (a model the client invented) is {@link #OTHER}.
 */
interface ModelLabels {
    String OTHER = "other";
    String NONE = "none";

    /** Everything is known: for benchmarks and tests of other things. */
    ModelLabels ALL = new ModelLabels() {
        @Override
        public String provider(String provider) {
            return provider;
        }

        @Override
        public String model(String provider, String model) {
            return model;
        }

        @Override
        public String alias(@Nullable String alias) {
            return alias == null ? NONE : alias;
        }

        @Override
        public String requested(String requestedModel) {
            return requestedModel;
        }
    };

    /** A configured provider's name, else {@link #OTHER}. */
    String provider(String provider);

    /** {@code model} when {@code provider} lists it or an alias targets it, else {@link #OTHER}. */
    String model(String provider, String model);

    /** {@link #NONE} without an alias, a configured alias's name, else {@link #OTHER}. */
    String alias(@Nullable String alias);

    /** The model a request named that could not be routed: an alias, or a model a provider lists, else {@link #OTHER}. */
    String requested(String requestedModel);
}
