package dev.switchboard.server.limits;

/** What a subject used in the current day and the current month, by the ledger's rollups. */
record Usage(LimitStore.Used day, LimitStore.Used month) {
    static final Usage NONE = new Usage(LimitStore.Used.NONE, LimitStore.Used.NONE);

    LimitStore.Used of(Period p) {
        return p == Period.DAY ? day : month;
    }
}
