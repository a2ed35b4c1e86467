package io.containerbuild.plugin.builder;

import java.io.IOException;
import java.io.OutputStream;

/** The task's output files on the hub ({@code listTaskOutput} shows them). */
public interface TaskOutput {

    /**
     * Opens an output file by its bare name (no directories, not starting with a dot). What is written
     * reaches the hub while the task runs; closing the stream uploads the rest and verifies it.
     */
    OutputStream open(String fileName) throws IOException;
}
