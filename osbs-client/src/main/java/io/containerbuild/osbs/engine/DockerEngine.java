package io.containerbuild.osbs.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerResponse;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.command.PushImageCmd;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.PushResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import com.github.dockerjava.api.model.StreamType;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import io.containerbuild.osbs.config.EngineEndpoint;
import io.containerbuild.osbs.config.RegistryCredentials;
import io.containerbuild.osbs.control.AbortSwitch;
import io.containerbuild.osbs.tar.TarEntry;
import io.containerbuild.osbs.tar.TarReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link ContainerEngine} on one Docker engine, through docker-java. Thread-safe. */
public final class DockerEngine implements ContainerEngine {

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");
    private static final Pattern PUSHED_DIGEST = Pattern.compile("digest: (sha256:[0-9a-f]{64})");
    private static final Set<String> PUSH_PROGRESS = Set.of("Preparing", "Pushing", "Waiting", "Layer already exists",
            "Pushed", "Mounted from");
    private static final String RPM_FORMAT = "%{NAME};%{VERSION};%{RELEASE};%{ARCH};%{EPOCH};%{SIGMD5};"
            + "%{SIGPGP:pgpsig};%{SIGGPG:pgpsig}\\n";
    private static final Duration RPM_TIMEOUT = Duration.ofMinutes(5);
    private static final int CLEANUP_ROUNDS = 60;
    private static final Duration CLEANUP_PAUSE = Duration.ofMillis(250);

    private final String endpoint;
    private final DockerClient docker;
    private final ObjectMapper json = new ObjectMapper();

    private DockerEngine(String endpoint, DockerClient docker) {
        this.endpoint = endpoint;
        this.docker = docker;
    }

    /** A client for the engine; nothing is sent until the first call. */
    public static DockerEngine connect(EngineEndpoint engine) {
        DefaultDockerClientConfig.Builder config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(engine.dockerHost().toString())
                .withDockerTlsVerify(engine.tlsCertDir().isPresent());
        engine.tlsCertDir().ifPresent(dir -> config.withDockerCertPath(dir.toString()));
        DefaultDockerClientConfig built = config.build();
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(built.getDockerHost())
                .sslConfig(built.getSSLConfig())
                .maxConnections(64)
                .connectionTimeout(Duration.ofSeconds(10))
                .build();
        return new DockerEngine(engine.dockerHost().toString(), DockerClientImpl.getInstance(built, http));
    }

    @Override
    public String endpoint() {
        return endpoint;
    }

    @Override
    public String version() {
        return call("asking for its version", () -> docker.versionCmd().exec().getVersion());
    }

    @Override
    public String build(ImageBuildSpec spec, Consumer<String> log, AbortSwitch abort) {
        LineSplitter lines = new LineSplitter(log);
        StringBuilder error = new StringBuilder();
        ResultCallback.Adapter<BuildResponseItem> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(BuildResponseItem item) {
                if (item.getStream() != null) {
                    lines.accept(item.getStream());
                }
                if (item.isErrorIndicated()) {
                    error.append(errorText(item));
                }
            }
        };
        call("building", () -> docker.buildImageCmd()
                .withBaseDirectory(spec.contextDir().toFile())
                .withDockerfile(spec.contextDir().resolve(spec.dockerfile()).toFile())
                .withTags(Set.of(spec.localTag()))
                .withPull(spec.pull())
                .withNoCache(true)
                .withRemove(true)
                .withForcerm(true)
                .exec(callback));
        awaitStream(callback, abort, "building");
        lines.flush();
        if (abort.aborted()) {
            throw new EngineException("the build was stopped");
        }
        if (error.length() > 0) {
            throw new EngineException(error.toString().strip());
        }
        return imageId(spec.localTag()).orElseThrow(() -> new EngineException("engine " + endpoint
                + " finished the build without an image tagged " + spec.localTag()));
    }

    @Override
    public void tag(String imageId, String repository, String tag) {
        call("tagging " + repository + ":" + tag, () -> {
            docker.tagImageCmd(imageId, repository, tag).withForce(true).exec();
            return null;
        });
    }

    @Override
    public String push(String repository, String tag, Optional<RegistryCredentials> credentials, Consumer<String> log,
                       AbortSwitch abort) {
        StringBuilder error = new StringBuilder();
        String[] digest = new String[1];
        ResultCallback.Adapter<PushResponseItem> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(PushResponseItem item) {
                String status = item.getStatus();
                if (status != null && PUSH_PROGRESS.stream().noneMatch(status::startsWith)) {
                    log.accept(status);
                    Matcher matcher = PUSHED_DIGEST.matcher(status);
                    if (matcher.find()) {
                        digest[0] = matcher.group(1);
                    }
                }
                ResponseItem.AuxDetail aux = item.getAux();
                if (aux != null && aux.getDigest() != null) {
                    digest[0] = aux.getDigest();
                }
                if (item.isErrorIndicated()) {
                    error.append(errorText(item));
                }
            }
        };
        String registry = repository.substring(0, repository.indexOf('/'));
        call("pushing " + repository + ":" + tag, () -> {
            PushImageCmd push = docker.pushImageCmd(repository).withTag(tag);
            credentials.ifPresent(account -> push.withAuthConfig(new AuthConfig().withUsername(account.user())
                    .withPassword(account.password()).withRegistryAddress(registry)));
            return push.exec(callback);
        });
        awaitStream(callback, abort, "pushing " + repository + ":" + tag);
        if (abort.aborted()) {
            throw new EngineException("the push was stopped");
        }
        if (error.length() > 0) {
            throw new EngineException("pushing " + repository + ":" + tag + " to " + registry + " failed: "
                    + error.toString().strip());
        }
        if (digest[0] == null) {
            throw new EngineException("engine " + endpoint + " pushed " + repository + ":" + tag
                    + " without saying the digest");
        }
        return digest[0];
    }

    @Override
    public Optional<String> imageId(String name) {
        try {
            return Optional.of(call("inspecting " + name, () -> docker.inspectImageCmd(name).exec().getId()));
        } catch (NotFoundInEngine e) {
            return Optional.empty();
        }
    }

    @Override
    public ImageFacts inspect(String imageId) {
        InspectImageResponse image = call("inspecting " + imageId, () -> docker.inspectImageCmd(imageId).exec());
        SavedImage saved = call("reading the layers of " + imageId, () -> readSaved(imageId));
        JsonNode config;
        try {
            config = json.readTree(saved.config);
        } catch (IOException e) {
            throw new EngineException("engine " + endpoint + " saved " + imageId + " with an unreadable config", e);
        }
        List<ImageLayer> layers = new ArrayList<>();
        JsonNode diffIds = config.path("rootfs").path("diff_ids");
        for (int i = 0; i < diffIds.size(); i++) {
            String path = i < saved.layerPaths.size() ? saved.layerPaths.get(i) : null;
            layers.add(new ImageLayer(diffIds.get(i).asText(), path == null ? 0 : saved.sizes.getOrDefault(path, 0L)));
        }
        return new ImageFacts(image.getId(), image.getArch() == null ? "" : image.getArch(),
                image.getOs() == null ? "" : image.getOs(), new String(saved.config, StandardCharsets.UTF_8), layers,
                saved.rpm.hasRpm());
    }

    @Override
    public List<RpmPackage> rpms(String imageId, String labelKey, String labelValue) {
        CreateContainerResponse container = call("creating a container to list RPMs", () -> docker
                .createContainerCmd(imageId)
                .withEntrypoint("rpm")
                .withCmd("-qa", "--qf", RPM_FORMAT)
                .withLabels(Map.of(labelKey, labelValue))
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none"))
                .exec());
        try {
            call("running rpm -qa", () -> {
                docker.startContainerCmd(container.getId()).exec();
                return null;
            });
            Integer status = call("waiting for rpm -qa", () -> docker.waitContainerCmd(container.getId())
                    .exec(new WaitContainerResultCallback()).awaitStatusCode(RPM_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            String output = containerOutput(container.getId());
            if (status == null || status != 0) {
                throw new EngineException("rpm -qa in " + imageId + " exited with " + status + ": " + output.strip());
            }
            return RpmQueryOutput.parse(output);
        } finally {
            removeContainer(container.getId());
        }
    }

    @Override
    public int removeLabelled(String labelKey, String labelValue) {
        Map<String, String> filter = Map.of(labelKey, labelValue);
        int removed = 0;
        // A stopped build may still be tearing its step container down, and images depend on each other
        // (intermediate layers), so go round until nothing is left, newest images first.
        for (int round = 0; round < CLEANUP_ROUNDS; round++) {
            List<Container> containers = call("listing containers", () -> docker.listContainersCmd().withShowAll(true)
                    .withLabelFilter(filter).exec());
            for (Container container : containers) {
                try {
                    docker.removeContainerCmd(container.getId()).withForce(true).withRemoveVolumes(true).exec();
                    removed++;
                } catch (DockerException e) {
                    // gone meanwhile, or its removal is already in progress
                }
            }
            List<Image> images = new ArrayList<>(call("listing images", () -> docker.listImagesCmd().withShowAll(true)
                    .withLabelFilter(filter).exec()));
            if (containers.isEmpty() && images.isEmpty()) {
                return removed;
            }
            images.sort(Comparator.comparing(Image::getCreated, Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
            int before = removed;
            for (Image image : images) {
                try {
                    docker.removeImageCmd(image.getId()).withForce(true).exec();
                    removed++;
                } catch (DockerException e) {
                    // still a parent or still in use: the next round sees
                }
            }
            if (removed == before) {
                pause();
            }
        }
        throw new EngineException("engine " + endpoint + " still has containers or images labelled " + labelKey + "="
                + labelValue + " after " + CLEANUP_ROUNDS + " rounds of removal");
    }

    private static void pause() {
        try {
            Thread.sleep(CLEANUP_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while removing a build's leftovers");
        }
    }

    @Override
    public void close() {
        try {
            docker.close();
        } catch (IOException e) {
            // closing a client of a local socket has nothing to report
        }
    }

    private void removeContainer(String id) {
        try {
            docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException e) {
            // gone already
        } catch (RuntimeException e) {
            throw translate("removing container " + id, e);
        }
    }

    private String containerOutput(String id) {
        StringBuilder out = new StringBuilder();
        ResultCallback.Adapter<Frame> frames = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                if (frame.getStreamType() == StreamType.STDOUT || frame.getStreamType() == StreamType.RAW) {
                    out.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                }
            }
        };
        call("reading rpm -qa's output", () -> {
            try {
                return docker.logContainerCmd(id).withStdOut(true).withStdErr(false).withFollowStream(false)
                        .exec(frames).awaitCompletion();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineException("interrupted while reading rpm -qa's output");
            }
        });
        return out.toString();
    }

    private SavedImage readSaved(String imageId) {
        SavedImage saved = new SavedImage();
        try (InputStream archive = docker.saveImageCmd(imageId).exec()) {
            TarReader tar = new TarReader(archive);
            Optional<TarEntry> entry;
            while ((entry = tar.next()).isPresent()) {
                TarEntry member = entry.get();
                if (!member.isRegularFile()) {
                    continue;
                }
                saved.sizes.put(member.name(), member.size());
                if (member.name().equals("manifest.json")) {
                    JsonNode manifest = json.readTree(tar.content()).path(0);
                    saved.configPath = manifest.path("Config").asText();
                    manifest.path("Layers").forEach(layer -> saved.layerPaths.add(layer.asText()));
                } else if (member.name().endsWith(".json") && !member.name().contains("/")) {
                    saved.jsonFiles.put(member.name(), tar.content().readAllBytes());
                } else if (member.name().endsWith("layer.tar") || member.name().startsWith("blobs/")) {
                    saved.rpm = saved.rpm.or(LayerContents.of(tar.content()));
                }
            }
        } catch (IOException e) {
            throw new EngineException("engine " + endpoint + " sent an unreadable image archive for " + imageId, e);
        }
        saved.config = saved.jsonFiles.get(saved.configPath);
        if (saved.config == null) {
            throw new EngineException("engine " + endpoint + " saved " + imageId + " without its config");
        }
        return saved;
    }

    private void awaitStream(ResultCallback.Adapter<?> callback, AbortSwitch abort, String what) {
        AbortSwitch.Registration registration = abort.register(callback);
        try {
            callback.awaitCompletion();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while " + what);
        } catch (RuntimeException e) {
            if (!abort.aborted()) {
                throw translate(what, e);
            }
        } finally {
            registration.close();
        }
    }

    private <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (EngineException e) {
            throw e;
        } catch (RuntimeException e) {
            throw translate(what, e);
        }
    }

    private EngineException translate(String what, RuntimeException e) {
        if (e instanceof NotFoundException) {
            return new NotFoundInEngine("engine " + endpoint + ": " + what + ": " + e.getMessage(), e);
        }
        if (e instanceof DockerException) {
            return new EngineException("engine " + endpoint + ": " + what + ": " + e.getMessage(), e);
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new EngineException("engine " + endpoint + " does not answer (" + what + "): " + root.getMessage(), e);
    }

    private static String errorText(ResponseItem item) {
        if (item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null) {
            return item.getErrorDetail().getMessage();
        }
        return "the engine reported an error without text";
    }

    /** A missing image or container: the one engine error callers may expect. */
    private static final class NotFoundInEngine extends EngineException {
        private static final long serialVersionUID = 1L;

        NotFoundInEngine(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What {@code docker save} holds that Koji's metadata needs. */
    private static final class SavedImage {
        final Map<String, Long> sizes = new HashMap<>();
        final Map<String, byte[]> jsonFiles = new HashMap<>();
        final List<String> layerPaths = new ArrayList<>();
        String configPath = "";
        byte[] config;
        LayerContents rpm = LayerContents.NOTHING;
    }

    /** Turns the engine's text chunks into lines without colour codes. */
    private static final class LineSplitter {
        private final Consumer<String> log;
        private final StringBuilder pending = new StringBuilder();

        LineSplitter(Consumer<String> log) {
            this.log = log;
        }

        synchronized void accept(String chunk) {
            pending.append(ANSI.matcher(chunk).replaceAll(""));
            int newline;
            while ((newline = pending.indexOf("\n")) >= 0) {
                String line = pending.substring(0, newline);
                pending.delete(0, newline + 1);
                if (!line.isBlank()) {
                    log.accept(line.stripTrailing());
                }
            }
        }

        synchronized void flush() {
            if (!pending.toString().isBlank()) {
                log.accept(pending.toString().stripTrailing());
            }
            pending.setLength(0);
        }
    }

}
