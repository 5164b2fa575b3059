package dev.switchboard.server.pricing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.google.protobuf.Empty;
import com.google.protobuf.util.Timestamps;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.pricing.PriceStore.StoredPrice;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.DeletePriceRequest;
import dev.switchboard.v1.ListPricesRequest;
import dev.switchboard.v1.ListPricesResponse;
import dev.switchboard.v1.Price;
import dev.switchboard.v1.PriceAdminGrpc;
import dev.switchboard.v1.SetPriceRequest;

import io.grpc.stub.StreamObserver;

/**
 * The {@code PriceAdmin} service. An override names a configured provider (a typo would
 * otherwise price nothing, silently); it outlives the provider's deletion harmlessly. Runs on the
 * blocking task executor, audits every change in the change's transaction and reloads the
 * {@link PriceTable} at once, so the next request is charged the new price.
 */
public final class PriceAdminService extends PriceAdminGrpc.PriceAdminImplBase {
    static final int MAX_MODEL_LENGTH = 256;

    private final PriceStore store;
    private final PriceTable table;
    private final Predicate<String> providerExists;
    private final AuditLog auditLog;

    public PriceAdminService(PriceStore store, PriceTable table, Predicate<String> providerExists, AuditLog auditLog) {
        this.store = store;
        this.table = table;
        this.providerExists = providerExists;
        this.auditLog = auditLog;
    }

    @Override
    public void listPrices(ListPricesRequest req, StreamObserver<ListPricesResponse> obs) {
        respond(obs, () -> {
            final PriceSheet sheet = table.sheet();
            final ListPricesResponse.Builder b = ListPricesResponse.newBuilder()
                                                                   .setTableChecked(sheet.checked())
                                                                   .setTableVersion(sheet.version());
            for (StoredPrice p : store.list()) {
                b.addPrices(view(p));
            }
            sheet.models().forEach((model, price) -> b.addPrices(view("*", model, price, "table").build()));
            return b.build();
        });
    }

    @Override
    public void setPrice(SetPriceRequest req, StreamObserver<Price> obs) {
        respond(obs, () -> auditLog.record("price.set", resource(req.getProvider(), req.getModel()),
                                           PriceAdminService::changes, () -> {
            checkNames(req.getProvider(), req.getModel());
            if (!providerExists.test(req.getProvider())) {
                throw GatewayException.invalid("provider: '" + req.getProvider() + "' does not exist");
            }
            final Price p = req.getPrice();
            final ModelPrice price = ModelPrice.parse(p.getInput(), p.getOutput(), p.getCachedInput(),
                                                      p.getCacheWrite(), p.getReasoning());
            final StoredPrice stored = store.put(req.getProvider(), req.getModel(), price);
            table.reload();
            return view(stored);
        }));
    }

    @Override
    public void deletePrice(DeletePriceRequest req, StreamObserver<Empty> obs) {
        respond(obs, () -> auditLog.record("price.delete", resource(req.getProvider(), req.getModel()),
                                           e -> Map.of(), () -> {
            checkNames(req.getProvider(), req.getModel());
            if (!store.delete(req.getProvider(), req.getModel())) {
                throw GatewayException.notFound("price_not_found", "no price override for '" + req.getProvider()
                                                + "/" + req.getModel() + "'");
            }
            table.reload();
            return Empty.getDefaultInstance();
        }));
    }

    private static void checkNames(String provider, String model) {
        if (provider.isEmpty()) {
            throw GatewayException.invalid("provider: required");
        }
        if (model.isEmpty()) {
            throw GatewayException.invalid("model: required");
        }
        if (model.length() > MAX_MODEL_LENGTH) {
            throw GatewayException.invalid("model: " + model.length() + " characters (expected: at most "
                                           + MAX_MODEL_LENGTH + ")");
        }
    }

    private static String resource(String provider, String model) {
        return "prices/" + provider + "/" + model;
    }

    private static Map<String, String> changes(Price p) {
        final Map<String, String> out = new LinkedHashMap<>();
        out.put("input", p.getInput());
        out.put("output", p.getOutput());
        out.put("cached_input", p.getCachedInput());
        out.put("cache_write", p.getCacheWrite());
        out.put("reasoning", p.getReasoning());
        out.values().removeIf(String::isEmpty);
        return out;
    }

    private static Price view(StoredPrice p) {
        return view(p.provider(), p.model(), p.price(), "override")
                .setUpdateTime(Timestamps.fromMillis(p.updateTimeMillis())).build();
    }

    private static Price.Builder view(String provider, String model, ModelPrice p, String source) {
        return Price.newBuilder().setProvider(provider).setModel(model)
                    .setInput(ModelPrice.text(p.input())).setOutput(ModelPrice.text(p.output()))
                    .setCachedInput(ModelPrice.text(p.cachedInput())).setCacheWrite(ModelPrice.text(p.cacheWrite()))
                    .setReasoning(ModelPrice.text(p.reasoning())).setSource(source);
    }

    private <T> void respond(StreamObserver<T> obs, Supplier<T> action) {
        final T result;
        try {
            result = action.get();
        } catch (RuntimeException e) {
            // The table was reloaded inside a change's transaction: after a rollback it must
            // forget what it saw.
            table.reload();
            obs.onError(Errors.toGateway(e));
            return;
        }
        obs.onNext(result);
        obs.onCompleted();
    }
}
