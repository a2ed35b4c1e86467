package io.containerbuild.cli.watch;

import io.containerbuild.wire.KojiSession;
import java.io.PrintStream;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Prints what tasks appended to their log files since the last look, as Koji's {@code watch_logs} does: each file
 * is read with {@code downloadTaskOutput} from the offset reached so far, in 16 KiB pieces, and a
 * {@code ==> task:volume:file: <==} header marks each switch from one file to another.
 */
public final class LogTail {

    private static final int PIECE = 16384;

    private final KojiSession session;
    private final PrintStream out;
    private final Predicate<String> wanted;
    private final Map<String, Long> offsets = new HashMap<>();
    private String lastLog;

    /** @param wanted which of a task's files to follow, by name */
    public LogTail(KojiSession session, PrintStream out, Predicate<String> wanted) {
        this.session = session;
        this.out = out;
        this.wanted = wanted;
    }

    /** Koji's default choice: every file whose name ends in {@code log}. */
    public static Predicate<String> logFiles() {
        return name -> name.endsWith("log");
    }

    public static Predicate<String> named(String fileName) {
        return fileName::equals;
    }

    /** Prints the new content of the task's wanted files. */
    public void printNew(int taskId) {
        for (Map.Entry<String, List<String>> file : TaskOutput.allVolumes(session, taskId).entrySet()) {
            if (!wanted.test(file.getKey())) {
                continue;
            }
            for (String volume : file.getValue()) {
                drain(taskId, file.getKey(), volume);
            }
        }
        out.flush();
    }

    private void drain(int taskId, String fileName, String volume) {
        String log = taskId + ":" + volume + ":" + fileName + ":";
        while (true) {
            long offset = offsets.getOrDefault(log, 0L);
            // Python sends small numbers as <int>; an offset past 2 GiB needs <i8>
            Object offsetArgument = offset <= Integer.MAX_VALUE ? (Object) (int) offset : (Object) offset;
            byte[] piece = decode(session.call("downloadTaskOutput", List.of(taskId, fileName, offsetArgument, PIECE),
                    Map.of("volume", volume)));
            if (piece.length == 0) {
                return;
            }
            offsets.put(log, offset + piece.length);
            if (!log.equals(lastLog)) {
                if (lastLog != null) {
                    out.print("\n");
                }
                out.print("==> " + log + " <==\n");
                lastLog = log;
            }
            out.write(piece, 0, piece.length);
        }
    }

    /** Koji sends file content as base64 text in a string; a {@code <base64>} value is accepted too. */
    private static byte[] decode(Object content) {
        if (content instanceof byte[] bytes) {
            return bytes;
        }
        String text = content == null ? "" : content.toString();
        return Base64.getMimeDecoder().decode(text);
    }
}
