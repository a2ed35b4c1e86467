package io.containerbuild.builderplugin.testing;

import io.containerbuild.config.IniFile;
import io.containerbuild.config.IniSection;
import io.containerbuild.plugin.builder.TaskContext;
import io.containerbuild.wire.KojiSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the daemon would give a task: an id, a (mocked) hub session, a work directory, an output, a cancel signal, options. */
public final class FakeTaskContext implements TaskContext {

    public static final int TASK_ID = 12345;

    private final KojiSession session;
    private final Path workDir;
    private final DirectoryTaskOutput output;
    private final ManualCancellation cancellation = new ManualCancellation();
    private final IniSection kojid;

    /**
     * @param root a temporary directory; the work directory and the output go below it
     * @param kojidOptions lines of the {@code [kojid]} section
     */
    public FakeTaskContext(KojiSession session, Path root, String kojidOptions) {
        this.session = session;
        this.workDir = root.resolve("work");
        this.output = new DirectoryTaskOutput(root.resolve("output"));
        this.kojid = IniFile.parse("[kojid]\n" + kojidOptions + "\n", "kojid.conf").section("kojid");
        try {
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int taskId() {
        return TASK_ID;
    }

    @Override
    public KojiSession session() {
        return session;
    }

    @Override
    public Path workDir() {
        return workDir;
    }

    @Override
    public DirectoryTaskOutput output() {
        return output;
    }

    @Override
    public ManualCancellation cancellation() {
        return cancellation;
    }

    @Override
    public IniSection daemonOptions() {
        return kojid;
    }
}
