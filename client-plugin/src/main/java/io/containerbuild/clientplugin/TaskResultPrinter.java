package io.containerbuild.clientplugin;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints a build task's result as koji-containerbuild does: {@code Task Result (<id>):}, then the value as an
 * indented tree (two spaces a level; dict keys sorted, each as {@code key:} with its value a level deeper; list items a
 * level deeper than the list), with the {@code koji_builds} ids turned into {@code <weburl>/buildinfo?buildID=<id>}
 * links. A {@code koji_builds:} line is always there, empty when the build made no Koji build (a scratch build).
 */
public final class TaskResultPrinter {

    private static final String KOJI_BUILDS = "koji_builds";

    private final PrintStream out;
    private final String weburl;

    public TaskResultPrinter(PrintStream out, String weburl) {
        this.out = out;
        this.weburl = weburl;
    }

    public void print(int taskId, Object result) {
        out.println("Task Result (" + taskId + "):");
        dump(withBuildLinks(result), 0);
        out.flush();
    }

    private Object withBuildLinks(Object result) {
        if (!(result instanceof Map<?, ?> struct)) {
            return result;
        }
        Map<Object, Object> linked = new LinkedHashMap<>(struct);
        List<String> links = new ArrayList<>();
        if (struct.get(KOJI_BUILDS) instanceof List<?> ids) {
            for (Object id : ids) {
                links.add(weburl + "/buildinfo?buildID=" + id);
            }
        }
        linked.put(KOJI_BUILDS, links);
        return linked;
    }

    private void dump(Object value, int level) {
        if (value instanceof List<?> list) {
            for (Object item : list) {
                dump(item, level + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, item) -> sorted.put(String.valueOf(key), item));
            sorted.forEach((key, item) -> {
                line(level, key + ":");
                dump(item, level + 1);
            });
        } else {
            line(level, pythonStr(value));
        }
    }

    private void line(int level, String text) {
        out.println("  ".repeat(level) + text);
    }

    /** Python's {@code str()} of a decoded XML-RPC scalar. */
    private static String pythonStr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean bool) {
            return bool ? "True" : "False";
        }
        return value.toString();
    }
}
