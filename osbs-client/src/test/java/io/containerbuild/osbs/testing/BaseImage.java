package io.containerbuild.osbs.testing;

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
 * The base image test builds start from, made once per test run without internet: busybox-static
 * {@code FROM scratch}, its applets installed, pushed to the local registry.
 */
public final class BaseImage {

    public static final String REPOSITORY = "osbs-it/busybox";
    private static String pullSpec;

    private BaseImage() {
    }

    /** {@code <registry>/osbs-it/busybox:latest}, built and pushed on first use. */
    public static synchronized String pullSpec() {
        if (pullSpec == null) {
            String repository = RealParts.registry() + "/" + REPOSITORY;
            try (DockerEngine engine = DockerEngine.connect(localEngine())) {
                Path context = Files.createTempDirectory("osbs-base");
                Files.copy(RealParts.busybox(), context.resolve("busybox"));
                Files.writeString(context.resolve("Dockerfile"), """
                        FROM scratch
                        COPY busybox /bin/busybox
                        RUN ["/bin/busybox", "mkdir", "-p", "/usr/bin", "/sbin", "/usr/sbin", "/tmp", "/etc"]
                        RUN ["/bin/busybox", "--install", "-s"]
                        CMD ["/bin/sh"]
                        """);
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

    /** The engine of the real parts as an osbs.conf engine. */
    public static EngineEndpoint localEngine() {
        return new EngineEndpoint("local", "x86_64", URI.create(RealParts.dockerHost()), Optional.empty(), 4);
    }
}
