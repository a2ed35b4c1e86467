package io.containerbuild.hub.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.ParameterError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadAreaTest {
    @TempDir
    Path files;

    @Test
    void namesAndRelativePathsCannotClimb() {
        assertTrue(UploadArea.isPlainName("docker-image.x86_64.tar.gz"));
        assertFalse(UploadArea.isPlainName(".."));
        assertFalse(UploadArea.isPlainName("a/b"));
        assertFalse(UploadArea.isPlainName(""));
        assertTrue(UploadArea.isRelativePath("koji-upload/1234.abcd"));
        assertTrue(UploadArea.isRelativePath("a/./b"));
        assertFalse(UploadArea.isRelativePath("a/../../b"));
        assertFalse(UploadArea.isRelativePath("/etc"));
        assertFalse(UploadArea.isRelativePath("a\0b"));
    }

    @Test
    void directoriesResolveInsideTheWorkDirectory() {
        UploadArea uploads = new UploadArea(files);

        assertEquals(files.resolve("work/koji-upload/x").toAbsolutePath(), uploads.directory("koji-upload/x"));
        assertThrows(ParameterError.class, () -> uploads.directory("../db"));
        assertThrows(ParameterError.class, () -> uploads.directory("/tmp"));
    }

    @Test
    void aSymbolicLinkLeadingOutCountsAsMissing() throws Exception {
        UploadArea uploads = new UploadArea(files);
        Path directory = Files.createDirectories(files.resolve("work/up"));
        Path inside = Files.writeString(directory.resolve("inside.log"), "ok");
        Path outside = Files.writeString(files.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(directory.resolve("link.log"), outside);
        Files.createSymbolicLink(directory.resolve("inner-link.log"), inside);

        assertEquals(Optional.of(inside.toRealPath()), uploads.existing(uploads.file(directory, null, "inside.log")));
        assertEquals(Optional.empty(), uploads.existing(uploads.file(directory, null, "link.log")));
        assertEquals(Optional.of(inside.toRealPath()), uploads.existing(uploads.file(directory, null, "inner-link.log")));
        assertEquals(Optional.empty(), uploads.existing(uploads.file(directory, null, "missing.log")));
        assertEquals(Optional.empty(), uploads.existing(directory), "a directory is not an uploaded file");
    }
}
