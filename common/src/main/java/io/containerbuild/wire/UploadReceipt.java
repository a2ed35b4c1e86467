package io.containerbuild.wire;

import java.util.Locale;
import java.util.Map;
import java.util.zip.Adler32;

/**
 * The hub's answer to one raw upload chunk, {@code {size, fileverify, offset, hexdigest}}: how many bytes it
 * wrote where, and their checksum, so the sender can tell a chunk arrived intact.
 *
 * @param size       bytes the hub wrote
 * @param fileverify the checksum type, {@code adler32}
 * @param offset     where the hub wrote them
 * @param hexdigest  the checksum of the bytes written, 8 lower-case hex digits for adler32
 */
public record UploadReceipt(long size, String fileverify, long offset, String hexdigest) {

    /** Reads the struct the hub answers; Koji may send a size beyond 32 bits as a string. */
    static UploadReceipt fromStruct(Object answer) {
        if (!(answer instanceof Map<?, ?> struct)) {
            throw new TransportException("unexpected raw upload answer: " + answer, null);
        }
        Object verify = struct.get("fileverify");
        Object digest = struct.get("hexdigest");
        return new UploadReceipt(number(struct, "size"), verify == null ? null : verify.toString(),
                number(struct, "offset"), digest == null ? null : digest.toString());
    }

    /** Whether the hub wrote exactly {@code chunk}: same length and the same adler32. */
    public boolean confirms(byte[] chunk) {
        return size == chunk.length && adler32Hex(chunk).equals(hexdigest == null ? null
                : hexdigest.toLowerCase(Locale.ROOT));
    }

    /** Koji's {@code adler32_constructor(data).hexdigest()}: zlib's adler32 as 8 lower-case hex digits. */
    public static String adler32Hex(byte[] data) {
        Adler32 adler = new Adler32();
        adler.update(data);
        return String.format(Locale.ROOT, "%08x", adler.getValue());
    }

    private static long number(Map<?, ?> struct, String key) {
        Object value = struct.get(key);
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof String text) {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new TransportException("raw upload answer has no usable " + key + ": " + struct, null);
    }
}
