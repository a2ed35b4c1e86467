package io.containerbuild.builderplugin.scm;

import io.containerbuild.plugin.builder.CancellationSignal;
import java.io.Writer;
import org.eclipse.jgit.lib.TextProgressMonitor;

/** JGit's progress text for the checkout log, which also stops the clone when the task is cancelled. */
final class CheckoutProgress extends TextProgressMonitor {

    private final CancellationSignal cancellation;

    CheckoutProgress(Writer log, CancellationSignal cancellation) {
        super(log);
        this.cancellation = cancellation;
    }

    @Override
    public boolean isCancelled() {
        return cancellation.isCancelled();
    }
}
