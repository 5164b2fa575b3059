package dev.switchboard.server.observe;

import java.util.function.Supplier;

import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.logging.RequestLog;

import dev.switchboard.server.usage.UsageRecord;
import dev.switchboard.transcoder.error.GatewayException;

/** Several watches of one request, told everything in the order the watchers were given. */
final class Watches implements RequestWatch {
    private final RequestWatch[] all;

    Watches(RequestWatch[] all) {
        this.all = all;
    }

    @Override
    public void refused(GatewayException e) {
        for (RequestWatch w : all) {
            w.refused(e);
        }
    }

    @Override
    public void trying(String provider, String model, @Nullable String alias, int attempt) {
        for (RequestWatch w : all) {
            w.trying(provider, model, alias, attempt);
        }
    }

    @Override
    public <T> T inTry(Supplier<T> send) {
        return inTry(0, send);
    }

    /** Each watch's context around the next's: the first watcher's outermost. */
    private <T> T inTry(int i, Supplier<T> send) {
        return i == all.length ? send.get() : all[i].inTry(() -> inTry(i + 1, send));
    }

    @Override
    public void tryEnded(@Nullable GatewayException error) {
        for (RequestWatch w : all) {
            w.tryEnded(error);
        }
    }

    @Override
    public void firstToken() {
        for (RequestWatch w : all) {
            w.firstToken();
        }
    }

    @Override
    public void streamed() {
        for (RequestWatch w : all) {
            w.streamed();
        }
    }

    @Override
    public void ended(UsageRecord record) {
        for (RequestWatch w : all) {
            w.ended(record);
        }
    }

    @Override
    public void completed(RequestLog log) {
        for (RequestWatch w : all) {
            w.completed(log);
        }
    }
}
