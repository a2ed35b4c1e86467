package io.containerbuild.kojid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.config.IniFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results kept on disk survive a new spool (a restarted daemon) and leave once removed. */
class ResultSpoolTest {

    @TempDir
    Path workdir;

    private ResultSpool newSpool() {
        KojidConfig config = KojidConfig.from(IniFile.parse("[kojid]\nserver = http://hub/kojihub\nuser = u\n"
                + "password = p\nworkdir = " + workdir + "\n", "test").section("kojid"), Path.of("test.conf"), false);
        return new ResultSpool(new TaskDirectories(config));
    }

    @Test
    void keptResultsAreFoundAgainByALaterDaemonOldestTaskFirst() {
        TaskOutcome closed = new TaskOutcome(20, TaskOutcome.Kind.CLOSE, "<?xml version='1.0'?><methodResponse/>");
        TaskOutcome failed = new TaskOutcome(7, TaskOutcome.Kind.FAIL, "<?xml version='1.0'?><fault žluťoučký/>");
        ResultSpool spool = newSpool();
        spool.save(closed);
        spool.save(failed);

        ResultSpool later = newSpool();
        assertEquals(List.of(failed, closed), later.pending());
        assertTrue(later.holds(7));
        assertTrue(Files.exists(workdir.resolve("results").resolve("20.close.xml")));
    }

    @Test
    void aRemovedResultIsGoneAndANewOutcomeReplacesTheOld() {
        ResultSpool spool = newSpool();
        spool.save(new TaskOutcome(5, TaskOutcome.Kind.CLOSE, "<?xml?>one"));
        spool.save(new TaskOutcome(5, TaskOutcome.Kind.FAIL, "<?xml?>two"));
        assertEquals(List.of(new TaskOutcome(5, TaskOutcome.Kind.FAIL, "<?xml?>two")), spool.pending());

        spool.remove(5);
        assertFalse(spool.holds(5));
        assertEquals(List.of(), spool.pending());
    }

    @Test
    void strangersInTheDirectoryAreIgnored() throws Exception {
        Files.createDirectories(workdir.resolve("results"));
        Files.writeString(workdir.resolve("results").resolve("notes.xml"), "mine");
        Files.writeString(workdir.resolve("results").resolve(".12.partial"), "half");
        assertEquals(List.of(), newSpool().pending());
    }
}
