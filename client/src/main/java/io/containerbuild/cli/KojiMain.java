package io.containerbuild.cli;

import io.containerbuild.cli.config.ConfigLocations;
import io.containerbuild.cli.watch.Sleeper;
import io.containerbuild.wire.SerialFilters;
import java.util.List;

/** {@code bin/koji}: the command-line client. */
public final class KojiMain {

    private KojiMain() {
    }

    public static void main(String[] args) {
        // nothing this process reads off the wire or disk is ever Java-serialized
        SerialFilters.installRejectAll();
        int status = new KojiClient(ClientIo.system(), ConfigLocations.system(), Sleeper.REAL).run(List.of(args));
        System.exit(status);
    }
}
