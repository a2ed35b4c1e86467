package io.containerbuild.arch;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Koji's arch-name helpers: {@code koji.canonArch} and {@code koji.parse_arches}.
 *
 * <p>{@link #canonical} follows Koji's {@code canonArch} rule by rule rather than rpm's arch
 * compatibility table, because the builder compares canonical forms exactly as kojid does: an
 * override arch survives only if Koji would have kept it. That means {@code amd64}, {@code geode}
 * and {@code aarch64} stay as they are and {@code arm64} becomes {@code arm}, as in Koji.
 */
public final class Arches {

    public static final String NOARCH = "noarch";

    private static final Pattern ARCH_LIST = Pattern.compile("[a-zA-Z0-9_\\- ]*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Arches() {
    }

    /**
     * The canonical arch for a (tag or requested) arch, e.g. {@code i686 → i386},
     * {@code ia32e → x86_64}, {@code ppc64p7 → ppc64}, {@code armv7hl → armhfp}. Unknown arches
     * come back unchanged.
     */
    public static String canonical(String arch) {
        if (isIx86(arch) || arch.equals("athlon")) {
            return "i386";
        }
        if (arch.equals("ia32e")) {
            return "x86_64";
        }
        if (arch.equals("ppc64le")) {
            return "ppc64le";
        }
        if (arch.startsWith("ppc64")) {
            return "ppc64";
        }
        if (arch.startsWith("sparc64")) {
            return "sparc64";
        }
        if (arch.startsWith("sparc")) {
            return "sparc";
        }
        if (arch.startsWith("alpha")) {
            return "alpha";
        }
        if (arch.startsWith("arm") && arch.indexOf('h', 3) >= 0) {
            return "armhfp";
        }
        if (arch.startsWith("arm")) {
            return "arm";
        }
        return arch;
    }

    /**
     * Normalises user input the way Koji's {@code parse_arches} does: commas become spaces and runs
     * of spaces collapse, so {@code "x86_64,ppc64le"} and {@code " x86_64  ppc64le "} both give
     * {@code "x86_64 ppc64le"}.
     *
     * @throws KojiFault GenericError {@code Architecture can be only [a-zA-Z0-9_-]} for any other
     *     character, including tabs and newlines (Koji allows only the space as a separator)
     */
    public static String normalize(String arches) {
        return String.join(" ", parse(arches));
    }

    /** Like {@link #normalize} but returns the arches as a list. */
    public static List<String> parse(String arches) {
        String spaced = arches.replace(',', ' ');
        if (!ARCH_LIST.matcher(spaced).matches()) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "Architecture can be only [a-zA-Z0-9_-]");
        }
        return split(spaced);
    }

    /** Python's {@code str.split()}: whitespace-separated words, no empty ones. */
    public static List<String> split(String arches) {
        String trimmed = arches.strip();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(WHITESPACE.split(trimmed));
    }

    // fnmatch("i?86")
    private static boolean isIx86(String arch) {
        return arch.length() == 4 && arch.charAt(0) == 'i' && arch.endsWith("86");
    }
}
