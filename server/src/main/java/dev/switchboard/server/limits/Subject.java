package dev.switchboard.server.limits;

/** One limited thing: a scope and its subject ("all", a provider, "provider/model", a user id, a key id). */
record Subject(Scope scope, String id) {
    static final Subject GLOBAL = new Subject(Scope.GLOBAL, Scope.ALL);

    String path() {
        return scope.wire() + '/' + id;
    }
}
