package io.containerbuild.hub.upload;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An upload's place under the work directory, checked as Koji's {@code get_upload_path} checks it
 * and more strictly: the directory is relative, has no {@code ..} and no hidden parts, and the name
 * is a plain file name that is not hidden. Such a path cannot leave the work directory.
 *
 * @param directory the directory's parts, e.g. {@code [tasks, 7, 7]}
 * @param name the file name
 */
public record UploadPath(List<String> directory, String name) {

    public UploadPath {
        directory = List.copyOf(directory);
    }

    public static UploadPath of(String reldir, String name) {
        if (name == null || name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")
                || name.indexOf('\0') >= 0) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "Invalid upload filename: " + name);
        }
        if (reldir == null || reldir.startsWith("/") || reldir.indexOf('\0') >= 0 || reldir.contains("\\")) {
            throw invalidDirectory(reldir);
        }
        List<String> parts = new ArrayList<>();
        for (String part : reldir.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") || part.startsWith(".")) {
                throw invalidDirectory(reldir);
            }
            parts.add(part);
        }
        if (parts.isEmpty()) {
            // the work directory itself belongs to nobody's uploads
            throw invalidDirectory(reldir);
        }
        return new UploadPath(parts, name);
    }

    /** {@code dir/dir/name}, as messages and the served tree show it. */
    public String relative() {
        return String.join("/", directory) + "/" + name;
    }

    public String relativeDirectory() {
        return String.join("/", directory);
    }

    public Path directoryIn(Path workRoot) {
        return workRoot.resolve(relativeDirectory());
    }

    public Path fileIn(Path workRoot) {
        return directoryIn(workRoot).resolve(name);
    }

    /**
     * The task whose output directory this is ({@code tasks/<id % 10000>/<id>/...}); empty outside
     * {@code tasks/}.
     *
     * @throws KojiFault for a path under {@code tasks/} that is not a task's directory
     */
    public Optional<Integer> taskId() {
        if (!directory.get(0).equals("tasks")) {
            return Optional.empty();
        }
        if (directory.size() < 3 || !digits(directory.get(1)) || !digits(directory.get(2))) {
            throw invalidTasksDirectory();
        }
        int taskId;
        try {
            taskId = Integer.parseInt(directory.get(2));
        } catch (NumberFormatException e) {
            throw invalidTasksDirectory();
        }
        if (!directory.get(1).equals(Integer.toString(taskId % 10000))) {
            throw invalidTasksDirectory();
        }
        return Optional.of(taskId);
    }

    private KojiFault invalidTasksDirectory() {
        return new KojiFault(FaultCode.GENERIC_ERROR, "Invalid tasks upload directory: " + relativeDirectory());
    }

    private static boolean digits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static KojiFault invalidDirectory(String reldir) {
        return new KojiFault(FaultCode.GENERIC_ERROR, "Invalid upload directory: " + reldir);
    }
}
