package io.containerbuild.builderplugin.osbs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.containerbuild.builderplugin.scm.LabelCheckout;
import io.containerbuild.builderplugin.task.TaskLog;
import io.containerbuild.fault.ContainerError;
import io.containerbuild.osbs.BuildLogLine;
import io.containerbuild.osbs.Osbs;
import io.containerbuild.plugin.builder.TaskOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Follows a build's log into the task's output files, as upstream's log child does: lines of the
 * build's own steps into {@code osbs-build.log}, each platform's into {@code <platform>.log} (with a
 * note in {@code osbs-build.log} when it starts, and nothing for platforms the build dropped), user
 * warnings collected for {@code user_warnings.log} and the task result, and metadata files copied.
 * Source builds have no platforms: everything goes to {@code osbs-build.log}.
 *
 * <p>Lines are written UTF-8 and flushed one by one, so the hub sees them while the build runs.
 */
public final class LogRouter {

    public static final String BUILD_LOG = "osbs-build.log";
    public static final String USER_WARNINGS_LOG = "user_warnings.log";
    static final String METADATA_MARKER = "platform:_metadata_";

    private static final Pattern USER_WARNING = Pattern.compile("^.+ - USER_WARNING - (\\{.*\\})$");
    // a platform becomes a file name; anything else is logged with the build's own lines
    private static final Pattern PLATFORM_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+-]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskOutput output;
    private final Osbs osbs;
    private final String buildName;
    private final List<String> platforms;
    private final MetadataFiles metadata;
    private final TaskLog log;
    private final Map<String, OutputStream> files = new LinkedHashMap<>();
    private final Set<String> droppedPlatforms = new HashSet<>();
    private final Set<String> userWarnings = new LinkedHashSet<>();
    private List<String> finalPlatforms;

    /**
     * @param platforms the platforms asked for; empty for source builds
     * @param kojiWorkDir where metadata files are copied from
     */
    public LogRouter(TaskOutput output, Osbs osbs, String buildName, List<String> platforms,
            Path kojiWorkDir, TaskLog log) {
        this.output = output;
        this.osbs = osbs;
        this.buildName = buildName;
        this.platforms = List.copyOf(platforms);
        this.log = log;
        Set<String> reserved = new HashSet<>(Set.of(BUILD_LOG, USER_WARNINGS_LOG, TaskLog.FILE_NAME,
                LabelCheckout.LOG_FILE));
        this.platforms.forEach(platform -> reserved.add(platform + ".log"));
        this.metadata = new MetadataFiles(kojiWorkDir, output, log, reserved);
    }

    /**
     * Writes the whole log, until the build's log ends.
     *
     * @throws ContainerError {@code Exception while waiting for build logs: <err>}, {@code Exception
     *     (<type>) while writing build logs: <err>}, {@code Exception (<type>) while writing user
     *     warnings: <err>}, or {@code Build log finished but build still has not finished: <reason>.}
     */
    public void writeLogs() {
        log.info("Will write follow log: " + BUILD_LOG);
        Stream<BuildLogLine> lines;
        try {
            lines = osbs.getBuildLogs(buildName, true);
        } catch (RuntimeException e) {
            throw new ContainerError("Exception while waiting for build logs: " + e.getMessage(), e);
        }
        ContainerError failure = null;
        try (lines) {
            Iterator<BuildLogLine> iterator = lines.iterator();
            while (iterator.hasNext()) {
                route(iterator.next());
            }
        } catch (IOException | RuntimeException e) {
            failure = new ContainerError("Exception (" + e.getClass().getSimpleName() + ") while writing build logs: "
                    + e.getMessage(), e);
        } finally {
            closeFiles();
        }
        // the warnings seen before a failure still reach the person who asked for the build
        writeUserWarnings();
        if (failure != null) {
            throw failure;
        }
        log.info(BUILD_LOG + " written");
        if (osbs.buildNotFinished(buildName)) {
            throw new ContainerError("Build log finished but build still has not finished: "
                    + osbs.getBuildReason(buildName).orElse("unknown") + ".");
        }
    }

    /** The distinct user warnings seen so far, in the order they first appeared. */
    public Set<String> userWarnings() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(userWarnings));
    }

    private void route(BuildLogLine line) throws IOException {
        String text = line.text();
        if (text.contains(METADATA_MARKER)) {
            String[] tokens = text.strip().split("\\s+");
            metadata.copy(tokens[tokens.length - 1]);
            return;
        }
        Optional<String> warning = userWarning(line);
        if (warning.isPresent()) {
            userWarnings.add(warning.get());
            return;
        }
        String platform = platformOf(line);
        if (platform.equals(BuildLogLine.NOARCH)) {
            write(BUILD_LOG, text);
            return;
        }
        if (droppedPlatforms.contains(platform)) {
            return;
        }
        String fileName = platform + ".log";
        if (!files.containsKey(fileName)) {
            if (!finalPlatforms().contains(platform)) {
                droppedPlatforms.add(platform);
                log.info("Platform " + platform + " is not built; its log lines are dropped");
                return;
            }
            write(BUILD_LOG, platform + " build has started. Check platform specific logs");
        }
        write(fileName, text);
    }

    /** atomic-reactor's {@code ... - USER_WARNING - {"message": ...}} lines, or lines the client flagged. */
    private Optional<String> userWarning(BuildLogLine line) {
        Matcher matcher = USER_WARNING.matcher(line.text());
        if (matcher.matches()) {
            try {
                JsonNode message = JSON.readTree(matcher.group(1)).get("message");
                if (message != null && message.isTextual()) {
                    return Optional.of(message.asText());
                }
            } catch (IOException e) {
                log.debug("Not a user warning: " + line.text());
            }
        }
        return line.userWarning() ? Optional.of(line.text()) : Optional.empty();
    }

    /** The requested platform the line belongs to ({@code x86_64} also matches {@code x86-64}), else noarch. */
    private String platformOf(BuildLogLine line) {
        String reported = line.platform().replace('_', '-');
        for (String platform : platforms) {
            if (platform.replace('_', '-').equals(reported) && PLATFORM_NAME.matcher(platform).matches()) {
                return platform;
            }
        }
        return BuildLogLine.NOARCH;
    }

    /** The platforms the build kept, asked once; the requested ones when the build cannot say. */
    private List<String> finalPlatforms() {
        if (finalPlatforms == null) {
            Optional<List<String>> reported;
            try {
                reported = osbs.getFinalPlatforms(buildName);
            } catch (RuntimeException e) {
                log.debug("getFinalPlatforms failed: " + e);
                reported = Optional.empty();
            }
            if (reported.isEmpty()) {
                log.info("Couldn't obtain final platforms from build");
            }
            finalPlatforms = List.copyOf(reported.orElse(platforms));
        }
        return finalPlatforms;
    }

    private void write(String fileName, String text) throws IOException {
        OutputStream file = files.get(fileName);
        if (file == null) {
            file = output.open(fileName);
            files.put(fileName, file);
        }
        file.write((text + "\n").getBytes(StandardCharsets.UTF_8));
        file.flush();
    }

    private void closeFiles() {
        for (Map.Entry<String, OutputStream> file : files.entrySet()) {
            try {
                file.getValue().close();
            } catch (IOException e) {
                log.warning("Cannot close " + file.getKey() + ": " + e);
            }
        }
        files.clear();
    }

    private void writeUserWarnings() {
        if (userWarnings.isEmpty()) {
            return;
        }
        try (OutputStream file = output.open(USER_WARNINGS_LOG)) {
            file.write(String.join("\n", userWarnings).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new ContainerError("Exception (" + e.getClass().getSimpleName() + ") while writing user warnings: "
                    + e.getMessage(), e);
        }
    }
}
