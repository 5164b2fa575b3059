/**
 * What requests cost: the price table shipped as data ({@code pricing/prices.json}, with the date
 * it was checked), overrides per provider and model kept in the database and changed through the
 * {@code PriceAdmin} service, and the {@link dev.switchboard.server.pricing.PriceTable} that turns
 * a request's tokens into nano-dollars from an in-memory snapshot of both.
 */
package dev.switchboard.server.pricing;
