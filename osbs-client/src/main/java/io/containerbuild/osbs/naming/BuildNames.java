package io.containerbuild.osbs.naming;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Build names and unique tags in osbs-client's forms (§5.1, §5.2): {@code scratch-<rand5>-<ts>},
 * {@code isolated-<rand5>-<ts>}, {@code source-<rand5>-<ts>}, and for regular builds
 * {@code <repo>-<branch>-<hash5>-<rand5>-<ts>} with the repository and branch reduced to
 * {@code [-a-z0-9]} and cut to fit 63 characters. Unlike osbs-client a dash separates the hash from
 * the random part. Timestamps are UTC {@code yyyyMMddHHmmss}.
 */
public final class BuildNames {

    static final int MAX_NAME = 63;
    static final int MAX_GIT_PART = 42;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final Clock clock;

    public BuildNames(Clock clock) {
        this.clock = clock;
    }

    public String buildName(BuildKind kind, String gitUri, String gitBranch) {
        return switch (kind) {
            case SCRATCH -> "scratch-" + postfix();
            case ISOLATED -> "isolated-" + postfix();
            case SOURCE -> "source-" + postfix();
            case REGULAR -> nameFromGit(gitUri, gitBranch) + "-" + postfix();
        };
    }

    /** {@code <target>-<rand5>-<ts>}: the tag every build gets and no other build has. */
    public String uniqueTag(String kojiTarget) {
        String target = kojiTarget == null || kojiTarget.isBlank() ? "none" : kojiTarget.replaceAll("[^A-Za-z0-9_.-]", "-");
        return target + "-" + postfix();
    }

    static String nameFromGit(String gitUri, String gitBranch) {
        String path = URI.create(gitUri).getPath();
        path = path == null ? gitUri : path;
        String base = path.replaceAll("/+$", "");
        base = base.substring(base.lastIndexOf('/') + 1).replaceFirst("\\.git$", "");
        String branch = gitBranch == null || gitBranch.isBlank() ? "unknown" : gitBranch;
        String repo = clean(base);
        String cleanBranch = clean(branch);
        int room = MAX_GIT_PART - 1 - 6;
        StringBuilder repoPart = new StringBuilder();
        StringBuilder branchPart = new StringBuilder();
        int r = 0;
        int b = 0;
        // take characters from both alternately, so that neither crowds the other out
        while (repoPart.length() + branchPart.length() < room && (r < repo.length() || b < cleanBranch.length())) {
            if (r < repo.length()) {
                repoPart.append(repo.charAt(r++));
            }
            if (b < cleanBranch.length() && repoPart.length() + branchPart.length() < room) {
                branchPart.append(cleanBranch.charAt(b++));
            }
        }
        return trimDashes(repoPart.toString()) + "-" + trimDashes(branchPart.toString()) + "-" + hash5(path + branch);
    }

    private String postfix() {
        int random = ThreadLocalRandom.current().nextInt(10000, 100000);
        return random + "-" + TIMESTAMP.format(clock.instant());
    }

    private static String clean(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^-a-z0-9]", "");
    }

    private static String trimDashes(String text) {
        String trimmed = text.replaceAll("^-+|-+$", "");
        return trimmed.isEmpty() ? "x" : trimmed;
    }

    private static String hash5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
