package io.containerbuild.build;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;

/**
 * A Koji build's name-version-release. The name may contain dashes; version and release may not,
 * so {@link #parse} splits on the last two dashes as Koji's {@code parse_NVR} does. Epochs are not
 * part of container NVRs and are not supported.
 */
public record Nvr(String name, String version, String release) {

    public Nvr {
        checkPart("name", name, false);
        checkPart("version", version, true);
        checkPart("release", release, true);
    }

    /**
     * Parses {@code name-version-release}.
     *
     * @throws KojiFault a GenericError {@code invalid format: <nvr>} (Koji's wording) when the
     *     string does not have three dash-separated parts, or naming the offending part
     */
    public static Nvr parse(String nvr) {
        if (nvr == null) {
            throw invalid("invalid format: None");
        }
        int releaseDash = nvr.lastIndexOf('-');
        if (releaseDash <= 0 || releaseDash == nvr.length() - 1) {
            throw invalid("invalid format: " + nvr);
        }
        int versionDash = nvr.lastIndexOf('-', releaseDash - 1);
        if (versionDash <= 0 || versionDash == releaseDash - 1) {
            throw invalid("invalid format: " + nvr);
        }
        return new Nvr(nvr.substring(0, versionDash), nvr.substring(versionDash + 1, releaseDash),
                nvr.substring(releaseDash + 1));
    }

    @Override
    public String toString() {
        return name + "-" + version + "-" + release;
    }

    private static void checkPart(String part, String value, boolean dashForbidden) {
        if (value == null || value.isEmpty()) {
            throw invalid("invalid NVR: empty " + part);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw invalid("invalid NVR: " + part + " '" + value + "' contains whitespace or control characters");
            }
            if (c == '/') {
                throw invalid("invalid NVR: " + part + " '" + value + "' contains '/'");
            }
            if (dashForbidden && c == '-') {
                throw invalid("invalid NVR: " + part + " '" + value + "' contains '-'");
            }
        }
    }

    private static KojiFault invalid(String message) {
        return new KojiFault(FaultCode.GENERIC_ERROR, message);
    }
}
