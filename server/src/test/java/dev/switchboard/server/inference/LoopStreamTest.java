package dev.switchboard.server.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import com.linecorp.armeria.common.CommonPools;

import io.netty.channel.EventLoop;

/** The client's side of a stream, written and read on one event loop as a request does. */
class LoopStreamTest {
    private final EventLoop loop = CommonPools.workerGroup().next();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final AtomicReference<Subscription> subscription = new AtomicReference<>();

    private void onLoop(Runnable r) throws Exception {
        loop.submit(r).get(5, TimeUnit.SECONDS);
    }

    private void subscribe(LoopStream<String> stream) throws Exception {
        onLoop(() -> stream.subscribe(new Subscriber<String>() {
            @Override
            public void onSubscribe(Subscription s) {
                subscription.set(s);
            }

            @Override
            public void onNext(String item) {
                seen.add(item);
            }

            @Override
            public void onError(Throwable t) {
                seen.add("error: " + t.getMessage());
            }

            @Override
            public void onComplete() {
                seen.add("complete");
            }
        }, loop));
    }

    @Test
    void itemsGoOutInOrderAsTheyAreWantedAndTheEndAfterTheLast() throws Exception {
        final LoopStream<String> stream = new LoopStream<>(loop);
        onLoop(() -> {
            stream.write("a");
            stream.write("b");
        });
        subscribe(stream);
        assertThat(seen).isEmpty();
        onLoop(() -> subscription.get().request(1));
        assertThat(seen).containsExactly("a");
        onLoop(() -> {
            stream.write("c");
            stream.close();
        });
        assertThat(seen).containsExactly("a");
        onLoop(() -> subscription.get().request(5));
        assertThat(seen).containsExactly("a", "b", "c", "complete");
    }

    @Test
    void aFailureComesAfterTheItemsWrittenBeforeIt() throws Exception {
        final LoopStream<String> stream = new LoopStream<>(loop);
        subscribe(stream);
        onLoop(() -> subscription.get().request(Long.MAX_VALUE));
        onLoop(() -> {
            stream.write("a");
            stream.close(new IllegalStateException("upstream gone"));
            stream.write("late");
        });
        assertThat(seen).containsExactly("a", "error: upstream gone");
    }

    @Test
    void aCancelStopsTheWriterOnceAndDropsWhatWaits() throws Exception {
        final LoopStream<String> stream = new LoopStream<>(loop);
        final AtomicInteger stops = new AtomicInteger();
        onLoop(() -> {
            stream.whenCancelled(stops::incrementAndGet);
            stream.write("a");
        });
        subscribe(stream);
        onLoop(() -> subscription.get().cancel());
        onLoop(() -> {
            subscription.get().cancel();
            stream.write("b");
            stream.close();
        });
        assertThat(stops).hasValue(1);
        assertThat(seen).isEmpty();
        // A writer that learns of the stream late still hears of the cancel.
        onLoop(() -> stream.whenCancelled(stops::incrementAndGet));
        assertThat(stops).hasValue(2);
    }

    @Test
    void anAbortReachesTheWriterAsACancel() throws Exception {
        final LoopStream<String> stream = new LoopStream<>(loop);
        final AtomicInteger stops = new AtomicInteger();
        onLoop(() -> stream.whenCancelled(stops::incrementAndGet));
        subscribe(stream);
        onLoop(() -> stream.abort());
        onLoop(() -> {});
        assertThat(stops).hasValue(1);
    }
}
