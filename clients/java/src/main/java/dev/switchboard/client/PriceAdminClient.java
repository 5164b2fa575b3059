package dev.switchboard.client;

import static dev.switchboard.client.Stubs.call;

import dev.switchboard.v1.DeletePriceRequest;
import dev.switchboard.v1.ListPricesRequest;
import dev.switchboard.v1.ListPricesResponse;
import dev.switchboard.v1.Price;
import dev.switchboard.v1.SetPriceRequest;

/**
 * The {@code switchboard.v1.PriceAdmin} RPCs, from {@link SwitchboardClient#prices()}: the prices
 * usage is charged at, in USD per million tokens as decimal strings. Every role reads them; admins
 * and operators override them. Failures are thrown as {@link SwitchboardException}.
 */
public final class PriceAdminClient {
    private final Stubs stubs;

    PriceAdminClient(Stubs stubs) {
        this.stubs = stubs;
    }

    /** The prices in force, overrides first, with the date the shipped table was checked. */
    public ListPricesResponse listPrices() {
        return call(() -> stubs.prices().listPrices(ListPricesRequest.getDefaultInstance()));
    }

    /** Overrides the price of {@code model} on {@code provider}. */
    public Price setPrice(String provider, String model, Price price) {
        return call(() -> stubs.prices().setPrice(SetPriceRequest.newBuilder().setProvider(provider).setModel(model)
                                                                 .setPrice(price).build()));
    }

    /** Removes an override; the shipped price, if any, applies again. */
    public void deletePrice(String provider, String model) {
        call(() -> stubs.prices().deletePrice(DeletePriceRequest.newBuilder().setProvider(provider).setModel(model)
                                                                .build()));
    }
}
