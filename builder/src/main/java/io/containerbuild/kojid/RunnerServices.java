package io.containerbuild.kojid;

import io.containerbuild.config.IniSection;
import io.containerbuild.wire.WireCodec;
import jakarta.inject.Inject;

/** What every {@link TaskRunner} shares with the daemon. */
final class RunnerServices {
    final TaskDirectories directories;
    final ResultSpool spool;
    final ResultDelivery delivery;
    final IniSection daemonOptions;
    final WireCodec codec = WireCodec.withDefaults();

    @Inject
    RunnerServices(TaskDirectories directories, ResultSpool spool, ResultDelivery delivery, IniSection daemonOptions) {
        this.directories = directories;
        this.spool = spool;
        this.delivery = delivery;
        this.daemonOptions = daemonOptions;
    }
}
