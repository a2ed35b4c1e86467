package io.containerbuild.osbs.tar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tar reader and writer: members, contents, long names, nested archives. */
class TarTest {

    @Test
    void whatIsWrittenReadsBack() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarWriter tar = new TarWriter(bytes)) {
            tar.addFile("README", "hello\n".getBytes(StandardCharsets.UTF_8), 1_700_000_000L);
            tar.addFile("dir/empty", new byte[0], 1_700_000_000L);
            tar.addFile("big", new byte[1500], 1_700_000_000L);
        }
        TarReader reader = new TarReader(new ByteArrayInputStream(bytes.toByteArray()));
        List<String> names = new ArrayList<>();
        Optional<TarEntry> entry;
        while ((entry = reader.next()).isPresent()) {
            names.add(entry.get().name() + ":" + entry.get().size());
            if (entry.get().name().equals("README")) {
                assertArrayEquals("hello\n".getBytes(StandardCharsets.UTF_8), reader.content().readAllBytes());
            }
        }
        assertEquals(List.of("README:6", "dir/empty:0", "big:1500"), names);
    }

    @Test
    void paxAndGnuLongNamesAreUsed() throws Exception {
        String longName = "a/" + "b".repeat(150) + "/file";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(header("././@LongLink", longName.length() + 1, 'L'));
        bytes.write(padded((longName + "\0").getBytes(StandardCharsets.UTF_8)));
        bytes.write(header("short", 2, '0'));
        bytes.write(padded("hi".getBytes(StandardCharsets.UTF_8)));
        String record = " path=" + longName + "-pax\n";
        String pax = (record.length() + 3) + record;
        bytes.write(header("PaxHeaders/x", pax.length(), 'x'));
        bytes.write(padded(pax.getBytes(StandardCharsets.UTF_8)));
        bytes.write(header("short2", 0, '0'));
        bytes.write(new byte[1024]);
        TarReader reader = new TarReader(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(longName, reader.next().orElseThrow().name());
        assertEquals(longName + "-pax", reader.next().orElseThrow().name());
        assertTrue(reader.next().isEmpty());
    }

    @Test
    void aNestedArchiveCanBeReadFromAMember() throws Exception {
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        try (TarWriter tar = new TarWriter(inner)) {
            tar.addFile("usr/bin/rpm", new byte[700], 0);
        }
        ByteArrayOutputStream outer = new ByteArrayOutputStream();
        try (TarWriter tar = new TarWriter(outer)) {
            tar.addFile("abc/layer.tar", inner.toByteArray(), 0);
            tar.addFile("manifest.json", "[]".getBytes(StandardCharsets.UTF_8), 0);
        }
        TarReader reader = new TarReader(new ByteArrayInputStream(outer.toByteArray()));
        assertEquals("abc/layer.tar", reader.next().orElseThrow().name());
        TarReader nested = new TarReader(reader.content());
        assertEquals("usr/bin/rpm", nested.next().orElseThrow().name());
        assertEquals("manifest.json", reader.next().orElseThrow().name(), "the outer archive goes on where it should");
    }

    private static byte[] header(String name, int size, char type) {
        byte[] header = new byte[512];
        byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(nameBytes, 0, header, 0, nameBytes.length);
        byte[] sizeBytes = String.format("%011o", size).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(sizeBytes, 0, header, 124, sizeBytes.length);
        header[156] = (byte) type;
        System.arraycopy("ustar\0".getBytes(StandardCharsets.US_ASCII), 0, header, 257, 6);
        return header;
    }

    private static byte[] padded(byte[] content) {
        byte[] out = new byte[(content.length + 511) / 512 * 512];
        System.arraycopy(content, 0, out, 0, content.length);
        return out;
    }
}
