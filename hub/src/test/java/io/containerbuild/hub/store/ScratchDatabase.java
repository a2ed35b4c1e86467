package io.containerbuild.hub.store;

import java.util.function.Supplier;

/**
 * One test's database: it can be opened again at the same place (to test a restart) and is
 * removed when closed.
 */
final class ScratchDatabase implements AutoCloseable {
    private final Supplier<Database> opener;
    private final Runnable remover;

    ScratchDatabase(Supplier<Database> opener, Runnable remover) {
        this.opener = opener;
        this.remover = remover;
    }

    /** A new connection to the same database. */
    Database open() {
        return opener.get();
    }

    @Override
    public void close() {
        remover.run();
    }
}
