package io.containerbuild.osbs.engine;

import io.containerbuild.osbs.config.RegistryCredentials;
import io.containerbuild.osbs.control.AbortSwitch;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Docker-engine work a build needs. Every method throws {@link EngineException} with the
 * engine's own text; when an {@link AbortSwitch} is thrown, blocking work stops and the method
 * returns or throws early (callers check the switch).
 */
public interface ContainerEngine extends AutoCloseable {

    /** The engine's address, for messages. */
    String endpoint();

    /** Checks that the engine answers; returns its version. */
    String version();

    /**
     * Builds an image, streaming the engine's output line by line.
     *
     * @return the image ID
     */
    String build(ImageBuildSpec spec, Consumer<String> log, AbortSwitch abort);

    /** Gives an image one more {@code repository:tag} name. */
    void tag(String imageId, String repository, String tag);

    /**
     * Pushes {@code repository:tag}.
     *
     * @return the manifest digest the registry stored, {@code sha256:…}
     */
    String push(String repository, String tag, Optional<RegistryCredentials> credentials, Consumer<String> log,
                AbortSwitch abort);

    /** Reads the image's ID, platform, config and layers. */
    ImageFacts inspect(String imageId);

    /** Lists the RPMs installed in the image, by running {@code rpm -qa} in a throw-away container. */
    List<RpmPackage> rpms(String imageId, String labelKey, String labelValue);

    /**
     * Removes every container and image that carries the label (a build's leftovers: its containers,
     * its intermediate and final images), by force.
     *
     * @return how many containers and images were removed
     */
    int removeLabelled(String labelKey, String labelValue);

    /** The ID of the image the engine knows by this name, if it knows one. */
    Optional<String> imageId(String name);

    @Override
    void close();
}
