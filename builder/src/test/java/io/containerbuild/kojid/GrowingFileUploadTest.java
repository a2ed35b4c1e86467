package io.containerbuild.kojid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.containerbuild.wire.KojiSession;
import io.containerbuild.wire.TransportException;
import io.containerbuild.wire.UploadReceipt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One growing output file against a mocked session: pieces, offsets, confirmation, verification. */
class GrowingFileUploadTest {

    @TempDir
    Path dir;

    /** One rawUpload as the session received it. */
    private record Piece(long offset, byte[] bytes, boolean overwrite) {
    }

    private final KojiSession session = mock(KojiSession.class);
    private final List<Piece> pieces = new ArrayList<>();
    private final ByteArrayOutputStream hubCopy = new ByteArrayOutputStream();
    private final AtomicBoolean lie = new AtomicBoolean();
    private GrowingFileUpload file;

    @BeforeEach
    void hubThatWritesWhatItGets() {
        when(session.rawUpload(anyString(), anyString(), anyLong(), any(byte[].class), anyBoolean()))
                .thenAnswer(call -> {
                    long offset = call.getArgument(2);
                    byte[] chunk = call.getArgument(3);
                    pieces.add(new Piece(offset, chunk, call.getArgument(4)));
                    byte[] before = hubCopy.toByteArray();
                    hubCopy.reset();
                    hubCopy.write(before, 0, (int) Math.min(before.length, offset));
                    hubCopy.write(chunk);
                    String digest = lie.getAndSet(false) ? "00000000" : UploadReceipt.adler32Hex(chunk);
                    return new UploadReceipt(chunk.length, "adler32", offset, digest);
                });
        when(session.call(eq("checkUpload"), anyList(), anyMap())).thenAnswer(call -> Map.of(
                "size", hubCopy.size(), "hexdigest", UploadReceipt.adler32Hex(hubCopy.toByteArray())));
        file = new GrowingFileUpload(dir.resolve("build.log"), "tasks/42/10042", "build.log", session);
    }

    @Test
    void newBytesGoInPiecesOfAtMost64KiBEachAtItsOffset() throws IOException {
        byte[] content = new byte[150_000];
        new Random(1).nextBytes(content);
        try (OutputStream out = file.openStream()) {
            out.write(content, 0, 70_000);
            file.uploadNewBytes();
            assertEquals(List.of(0L, 65_536L), pieces.stream().map(Piece::offset).toList());
            out.write(content, 70_000, 80_000);
            file.uploadNewBytes();
        }

        assertEquals(List.of(0L, 65_536L, 70_000L, 135_536L), pieces.stream().map(Piece::offset).toList());
        assertEquals(List.of(true), pieces.stream().map(Piece::overwrite).distinct().toList());
        assertArrayEquals(content, hubCopy.toByteArray());
    }

    @Test
    void aPieceTheHubDidNotConfirmFailsThePassAndIsSentAgainNextTime() throws IOException {
        try (OutputStream out = file.openStream()) {
            out.write("hello\n".getBytes());
            lie.set(true);
            assertThrows(IOException.class, file::uploadNewBytes);
            file.uploadNewBytes();
        }

        assertEquals(List.of(0L, 0L), pieces.stream().map(Piece::offset).toList());
        assertArrayEquals("hello\n".getBytes(), hubCopy.toByteArray());
    }

    @Test
    void aFileTheHubHoldsWronglyIsSentAgainFromTheStart() throws IOException {
        try (OutputStream out = file.openStream()) {
            out.write("abc".getBytes());
            file.uploadNewBytes();
            hubCopy.reset();
            hubCopy.write("abX".getBytes());
        }

        assertArrayEquals("abc".getBytes(), hubCopy.toByteArray(), "verified, found wrong, sent again");
        assertEquals(List.of(0L, 0L), pieces.stream().map(Piece::offset).toList());
    }

    @Test
    void anEmptyFileIsCreatedOnTheHub() throws IOException {
        file.openStream().close();

        assertEquals(1, pieces.size());
        assertEquals(0, pieces.get(0).bytes().length);
    }

    @Test
    void aFileIsOpenOnceAtATimeAndAppendedWhenOpenedAgain() throws IOException {
        OutputStream first = file.openStream();
        assertThrows(IllegalStateException.class, file::openStream);
        first.write('a');
        first.close();
        try (OutputStream again = file.openStream()) {
            again.write('b');
        }

        assertArrayEquals("ab".getBytes(), hubCopy.toByteArray());
    }

    @Test
    void anUnreachableHubMakesCloseFailAfterAFewTries() throws IOException {
        when(session.rawUpload(anyString(), anyString(), anyLong(), any(byte[].class), anyBoolean()))
                .thenThrow(new TransportException("connection refused", null));
        OutputStream out = file.openStream();
        out.write('x');

        IOException failure = assertThrows(IOException.class, out::close);
        assertEquals("could not upload build.log to tasks/42/10042: connection refused", failure.getMessage());
    }
}
