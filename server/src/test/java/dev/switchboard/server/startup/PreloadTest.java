package dev.switchboard.server.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

class PreloadTest {

    @Test
    void suppliesOnADaemonThreadOfItsOwn() {
        final CompletableFuture<Thread> ran = Preload.supply(Thread::currentThread);
        final Thread thread = Preload.join(ran);
        assertThat(thread).isNotSameAs(Thread.currentThread());
        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getName()).isEqualTo("switchboard-preload");
    }

    @Test
    void joinRethrowsTheFailureAsItWasThrown() {
        final UncheckedIOException failure = new UncheckedIOException(new IOException("disk gone"));
        final CompletableFuture<Object> failed = Preload.supply(() -> {
            throw failure;
        });
        assertThatThrownBy(() -> Preload.join(failed)).isSameAs(failure);
    }
}
