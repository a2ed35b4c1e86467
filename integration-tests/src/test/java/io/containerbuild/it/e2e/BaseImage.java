package io.containerbuild.it.e2e;

import io.containerbuild.it.RealParts;
import io.containerbuild.osbs.config.EngineEndpoint;
import io.containerbuild.osbs.control.AbortSwitch;
import io.containerbuild.osbs.engine.DockerEngine;
import io.containerbuild.osbs.engine.ImageBuildSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The base image of the test Dockerfiles, made without internet once per test run: busybox-static
 * {@code FROM scratch} with its applets (examples/busybox-base/Dockerfile), pushed to the local registry.
 */
final class BaseImage {
    static final String REPOSITORY = "e2e/busybox";
    private static String pullSpec;

    private BaseImage() {}

    /** {@code <registry>/e2e/busybox:latest}, built and pushed on first use. */
    static synchronized String pullSpec() {
        if (pullSpec == null) {
            String repository = RealParts.registry() + "/" + REPOSITORY;
            EngineEndpoint endpoint = new EngineEndpoint("local", "x86_64",
                    URI.create("unix://" + RealParts.dockerSocket()), Optional.empty(), 1);
            try (DockerEngine engine = DockerEngine.connect(endpoint)) {
                Path context = Files.createTempDirectory("e2e-base");
                Files.copy(Path.of(RealParts.require("CONTAINERBUILD_BUSYBOX")), context.resolve("busybox"));
                Files.copy(Checkout.root().resolve("examples/busybox-base/Dockerfile"), context.resolve("Dockerfile"));
                AbortSwitch never = new AbortSwitch();
                engine.build(new ImageBuildSpec(context, repository + ":latest", false), line -> { }, never);
                engine.push(repository, "latest", Optional.empty(), line -> { }, never);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pullSpec = repository + ":latest";
        }
        return pullSpec;
    }
}
