package io.containerbuild.osbs.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import io.containerbuild.osbs.testing.RealParts;
import java.io.IOException;
import java.util.Map;

/** Looks at the real engine from tests: what containers and images a build left behind. */
public final class EngineProbe implements AutoCloseable {

    private final DockerClient docker;

    public EngineProbe() {
        DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(RealParts.dockerHost()).withDockerTlsVerify(false).build();
        docker = DockerClientImpl.getInstance(config,
                new ApacheDockerHttpClient.Builder().dockerHost(config.getDockerHost()).build());
    }

    /** Containers, running or not, that carry the label. */
    public int containers(String key, String value) {
        return docker.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(key, value)).exec().size();
    }

    /** All containers on the engine, running or not. */
    public int allContainers() {
        return docker.listContainersCmd().withShowAll(true).exec().size();
    }

    public int images(String key, String value) {
        return docker.listImagesCmd().withShowAll(true).withLabelFilter(Map.of(key, value)).exec().size();
    }

    @Override
    public void close() throws IOException {
        docker.close();
    }
}
