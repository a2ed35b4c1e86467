package io.containerbuild.osbs.engine;

import io.containerbuild.osbs.config.RegistryCredentials;
import io.containerbuild.osbs.control.AbortSwitch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** An engine for tests that need none: it remembers clean-ups and refuses to build. */
public final class FakeEngine implements ContainerEngine {

    private final String endpoint;
    private final List<String> removed = new ArrayList<>();

    public FakeEngine(String endpoint) {
        this.endpoint = endpoint;
    }

    /** {@code key=value} of every removeLabelled call. */
    public synchronized List<String> removed() {
        return List.copyOf(removed);
    }

    @Override
    public String endpoint() {
        return endpoint;
    }

    @Override
    public String version() {
        return "fake";
    }

    @Override
    public String build(ImageBuildSpec spec, Consumer<String> log, AbortSwitch abort) {
        throw new EngineException("the fake engine builds nothing");
    }

    @Override
    public void tag(String imageId, String repository, String tag) {
        throw new EngineException("the fake engine tags nothing");
    }

    @Override
    public String push(String repository, String tag, Optional<RegistryCredentials> credentials, Consumer<String> log,
                       AbortSwitch abort) {
        throw new EngineException("the fake engine pushes nothing");
    }

    @Override
    public Optional<String> imageId(String name) {
        return Optional.empty();
    }

    @Override
    public ImageFacts inspect(String imageId) {
        throw new EngineException("the fake engine has no images");
    }

    @Override
    public List<RpmPackage> rpms(String imageId, String labelKey, String labelValue) {
        return List.of();
    }

    @Override
    public synchronized int removeLabelled(String labelKey, String labelValue) {
        removed.add(labelKey + "=" + labelValue);
        return 0;
    }

    @Override
    public void close() {
    }
}
