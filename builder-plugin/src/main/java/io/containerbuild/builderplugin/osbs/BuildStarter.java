package io.containerbuild.builderplugin.osbs;

import io.containerbuild.fault.BuildError;
import io.containerbuild.fault.ContainerError;
import io.containerbuild.osbs.OsbsException;
import io.containerbuild.osbs.OsbsValidationException;
import java.util.function.Supplier;

/** Starts an OSBS build and turns the client's refusals into the task faults upstream raises. */
public final class BuildStarter {

    private BuildStarter() {
    }

    /**
     * @param method osbs-client's name of the call, for the message when the client lacks it
     * @param create the call; answers the build's name
     * @throws ContainerError {@code OSBS validation exception: <text>}, or the text of any other refusal
     * @throws BuildError {@code method <method> doesn't exists in osbs} when the client does not
     *     implement the call (Java's equivalent of upstream's missing attribute)
     */
    public static String start(String method, Supplier<String> create) {
        try {
            return create.get();
        } catch (OsbsValidationException e) {
            throw new ContainerError("OSBS validation exception: " + e.getMessage(), e);
        } catch (UnsupportedOperationException e) {
            throw new BuildError("method " + method + " doesn't exists in osbs", e);
        } catch (OsbsException e) {
            // e.g. a feature this engine does not have (Flatpak): the user reads why, with the plugin's code
            throw new ContainerError(e.getMessage(), e);
        }
    }
}
