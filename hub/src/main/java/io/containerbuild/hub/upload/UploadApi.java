package io.containerbuild.hub.upload;

import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.rpc.Export;
import io.containerbuild.hub.rpc.ExportGroup;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.rpc.KojiTimes;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The upload calls made through XML-RPC: {@code checkUpload}, which clients use to resume or verify
 * an upload, and the legacy {@code uploadFile} with base64 chunks. Fast uploads come through
 * {@link RawUploadEndpoint}.
 */
public final class UploadApi implements ExportGroup {
    private final UploadDirectories directories;
    private final UploadFiles files;

    @Inject
    public UploadApi(UploadDirectories directories, UploadFiles files) {
        this.directories = directories;
        this.files = files;
    }

    @Override
    public List<HubExport> exports() {
        return List.of(
                new Export(Signature.builder("checkUpload").required("path", "name").optional("verify", null)
                        .optional("tail", null).optional("volume", null).build(), this::checkUpload),
                new Export(Signature.builder("uploadFile").required("path", "name", "size", "md5sum", "offset", "data")
                        .optional("volume", null).optional("checksum", null).build(), this::uploadFile));
    }

    private Object checkUpload(HubCaller caller, Arguments args) {
        UploadPath path = UploadPath.of(args.string("path"), args.string("name"));
        WorkTree.requireKnownVolume(args.optionalString("volume").orElse(null));
        Optional<Verification> verify = Verification.of(args.optionalString("verify").orElse(null));
        Long tail = wholeNumber(args, "tail");
        return files.describe(directories.forReading(path), path.relative(), verify, tail).map(described -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("size", described.size());
            answer.put("mtime", KojiTimes.ts(described.modified()));
            if (described.hexdigest() != null) {
                answer.put("sumlength", described.sumLength());
                answer.put("hexdigest", described.hexdigest());
            }
            return answer;
        }).orElse(null);
    }

    /**
     * Koji's checks, in Koji's order: a chunk whose size or digest does not match answers false
     * (the client sends it again) before anything is written.
     */
    private Object uploadFile(HubCaller caller, Arguments args) {
        caller.requireLogin();
        UploadPath path = UploadPath.of(args.string("path"), args.string("name"));
        WorkTree.requireKnownVolume(args.optionalString("volume").orElse(null));
        Long size = wholeNumber(args, "size");
        Long offset = wholeNumber(args, "offset");
        if (offset == null) {
            throw new ParameterError("uploadFile(): offset must be an int");
        }
        Object sum = args.raw("checksum") != null ? args.raw("checksum") : args.raw("md5sum");
        Optional<Verification> verify;
        String digest;
        if (sum == null) {
            verify = Optional.empty();
            digest = null;
        } else if (sum instanceof String md5) {
            verify = Optional.of(Verification.MD5);
            digest = md5;
        } else if (sum instanceof List<?> pair && pair.size() == 2 && pair.get(0) instanceof String type
                && pair.get(1) instanceof String hex) {
            verify = Verification.of(type);
            digest = hex;
        } else {
            throw new ParameterError("uploadFile(): md5sum must be a digest or a [type, digest] pair");
        }
        byte[] data = data(args.raw("data"));
        if (offset != -1) {
            if (size != null && size != data.length) {
                return false;
            }
            if (verify.isPresent() && !hexdigest(verify.get(), data).equals(digest)) {
                return false;
            }
        }
        return files.writeLegacy(directories.forWriting(caller, path), path.relative(), data, size, offset, verify,
                digest);
    }

    private static byte[] data(Object data) {
        if (data instanceof byte[] bytes) {
            return bytes;
        }
        if (data instanceof String text) {
            try {
                // Python's b64decode skips characters outside the alphabet, such as line breaks
                return Base64.getMimeDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw new ParameterError("uploadFile(): data is not base64: " + e.getMessage());
            }
        }
        throw new ParameterError("uploadFile(): data must be base64 text");
    }

    private static String hexdigest(Verification verification, byte[] data) {
        Verification.Checksum checksum = verification.start();
        checksum.update(data);
        return checksum.hexdigest();
    }

    /** Koji's {@code decode_int}: large sizes and offsets travel as strings. */
    private static Long wholeNumber(Arguments args, String name) {
        Object value = args.raw(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof String text) {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw new ParameterError("Invalid value for " + name + ": " + text);
            }
        }
        throw new ParameterError("argument '" + name + "' must be an int, not " + value);
    }
}
