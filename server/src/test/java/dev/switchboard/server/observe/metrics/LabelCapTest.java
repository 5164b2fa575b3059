package dev.switchboard.server.observe.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LabelCapTest {
    @Test
    void valuesPastTheCapAreOtherAndAdmittedOnesStay() {
        final LabelCap cap = new LabelCap(3);
        assertThat(cap.admit("a")).isEqualTo("a");
        assertThat(cap.admit("b")).isEqualTo("b");
        assertThat(cap.admit("c")).isEqualTo("c");
        assertThat(cap.admit("d")).isEqualTo("other");
        assertThat(cap.admit("a")).isEqualTo("a");
        assertThat(cap.admit("e")).isEqualTo("other");
    }

    @Test
    void aCapBelowOneIsRefused() {
        assertThatThrownBy(() -> new LabelCap(0)).hasMessageContaining("expected: > 0");
    }
}
