"""The UsageAdmin, LimitAdmin and PriceAdmin methods of Client, apart so that _client.py stays a
readable size. They use the Client's channel, key and deadline."""

from switchboard.v1 import limit_admin_pb2, price_admin_pb2, usage_admin_pb2

# "Use the client's default deadline"; _client.py uses this same object.
_DEFAULT = object()


class UsageMethods:
    """Mixed into Client, which provides _call and the _usage, _limits and _prices stubs."""

    # UsageAdmin: viewers, operators and admins read everyone's usage; a member reads their own.

    def get_usage(self, request=None, *, timeout=_DEFAULT, **fields):
        """A usage_admin_pb2.GetUsageResponse: buckets and totals for a GetUsageRequest, or one built
        from fields (get_usage(group_by=["model"], granularity="day")). "from" is a Python keyword:
        pass a request, or **{"from": timestamp}."""
        return self._call(self._usage.GetUsage, request or usage_admin_pb2.GetUsageRequest(**fields), timeout)

    def list_usage_records(self, request=None, *, timeout=_DEFAULT, **fields):
        """One page (a usage_admin_pb2.ListUsageRecordsResponse) of the ledger's rows, newest first;
        pass its next_page_token as page_token for the next."""
        return self._call(self._usage.ListUsageRecords,
                          request or usage_admin_pb2.ListUsageRecordsRequest(**fields), timeout)

    # LimitAdmin: scope is global (subject "all"), provider, model ("provider/model"), user or key (its id).

    def set_limits(self, scope, subject, policy, *, timeout=_DEFAULT):
        """Replaces the subject's limits with policy (a limit_admin_pb2.LimitPolicy); admins and operators."""
        return self._call(self._limits.SetLimits,
                          limit_admin_pb2.SetLimitsRequest(scope=scope, subject=subject, policy=policy), timeout)

    def get_limits(self, scope, subject, *, timeout=_DEFAULT):
        """The subject's LimitPolicy with its status now; NotFoundError when it has none."""
        return self._call(self._limits.GetLimits, limit_admin_pb2.GetLimitsRequest(scope=scope, subject=subject),
                          timeout)

    def list_limits(self, scope="", *, timeout=_DEFAULT):
        return self._call(self._limits.ListLimits, limit_admin_pb2.ListLimitsRequest(scope=scope), timeout).policies

    def delete_limits(self, scope, subject, *, timeout=_DEFAULT):
        self._call(self._limits.DeleteLimits, limit_admin_pb2.DeleteLimitsRequest(scope=scope, subject=subject),
                   timeout)

    # PriceAdmin: USD per million tokens, as decimal strings.

    def list_prices(self, *, timeout=_DEFAULT):
        """A price_admin_pb2.ListPricesResponse: overrides first, then the shipped table (provider "*"),
        with the date the table was checked."""
        return self._call(self._prices.ListPrices, price_admin_pb2.ListPricesRequest(), timeout)

    def set_price(self, provider, model, price, *, timeout=_DEFAULT):
        """Overrides the price (a price_admin_pb2.Price) of model on provider; admins and operators."""
        return self._call(self._prices.SetPrice,
                          price_admin_pb2.SetPriceRequest(provider=provider, model=model, price=price), timeout)

    def delete_price(self, provider, model, *, timeout=_DEFAULT):
        """Removes an override; the shipped price, if any, applies again."""
        self._call(self._prices.DeletePrice, price_admin_pb2.DeletePriceRequest(provider=provider, model=model),
                   timeout)
