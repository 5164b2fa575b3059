package dev.switchboard.server.http;

import com.linecorp.armeria.common.ExchangeType;
import com.linecorp.armeria.server.HttpService;
import com.linecorp.armeria.server.RoutingContext;

/**
 * A service that reads the request body whole before it does anything (every JSON endpoint here):
 * saying so lets Armeria's decoder collect the body and call the service once it is complete,
 * instead of handing over a request stream to subscribe to and aggregate. The answer may still
 * stream.
 */
@FunctionalInterface
interface WholeRequestService extends HttpService {
    @Override
    default ExchangeType exchangeType(RoutingContext routingContext) {
        return ExchangeType.RESPONSE_STREAMING;
    }
}
