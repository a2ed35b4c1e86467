package io.containerbuild.plugin.builder;

import io.containerbuild.config.IniSection;
import io.containerbuild.wire.KojiSession;
import java.nio.file.Path;

/** What the daemon gives a running task. */
public interface TaskContext {

    int taskId();

    /** A hub session of the task's own (Koji's per-task subsession of the host session). */
    KojiSession session();

    /** A fresh directory for this task alone, removed when the task ends. */
    Path workDir();

    /** Files of the task's output on the hub, uploaded while they grow. */
    TaskOutput output();

    CancellationSignal cancellation();

    /** The daemon's {@code [kojid]} section, for handler options such as {@code allowed_scms}. */
    IniSection daemonOptions();
}
