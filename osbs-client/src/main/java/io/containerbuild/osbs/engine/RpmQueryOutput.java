package io.containerbuild.osbs.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code rpm -qa --qf} output in {@link DockerEngine}'s format: {@code name;version;release;arch;epoch;sigmd5;pgp;gpg}. */
final class RpmQueryOutput {

    private static final Pattern KEY_ID = Pattern.compile("Key ID ([0-9a-fA-F]+)");

    private RpmQueryOutput() {
    }

    static List<RpmPackage> parse(String output) {
        List<RpmPackage> packages = new ArrayList<>();
        for (String line : output.split("\n")) {
            String[] fields = line.strip().split(";", -1);
            if (fields.length < 8 || fields[0].equals("gpg-pubkey")) {
                continue;
            }
            Optional<Integer> epoch = fields[4].equals("(none)") || fields[4].isEmpty()
                    ? Optional.empty() : Optional.of(Integer.parseInt(fields[4]));
            packages.add(new RpmPackage(fields[0], fields[1], fields[2], fields[3], epoch, fields[5],
                    keyId(fields[6]).or(() -> keyId(fields[7]))));
        }
        return packages;
    }

    /** The signing key's ID (its last 16 hex digits, lower-cased), from rpm's {@code :pgpsig} text. */
    private static Optional<String> keyId(String signature) {
        Matcher matcher = KEY_ID.matcher(signature);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String id = matcher.group(1).toLowerCase(java.util.Locale.ROOT);
        return Optional.of(id.length() > 16 ? id.substring(id.length() - 16) : id);
    }
}
