package io.containerbuild.kojid;

import io.containerbuild.config.IniSection;
import io.containerbuild.plugin.builder.CancellationSignal;
import io.containerbuild.plugin.builder.TaskContext;
import io.containerbuild.plugin.builder.TaskOutput;
import io.containerbuild.wire.KojiSession;
import java.nio.file.Path;

/** What one running task's handler is given. */
record RunnerContext(int taskId, KojiSession session, Path workDir, TaskOutput output,
                     CancellationSignal cancellation, IniSection daemonOptions) implements TaskContext {
}
