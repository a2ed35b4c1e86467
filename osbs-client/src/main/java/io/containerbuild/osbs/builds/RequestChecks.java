package io.containerbuild.osbs.builds;

import io.containerbuild.osbs.BinaryBuildRequest;
import io.containerbuild.osbs.OsbsUnsupportedFeatureException;
import io.containerbuild.osbs.OsbsValidationException;
import io.containerbuild.osbs.naming.BuildKind;
import io.containerbuild.osbs.release.ReleaseRules;

/** The checks a binary request must pass before anything is cloned (osbs-client's create, §2.3). */
final class RequestChecks {

    private RequestChecks() {
    }

    /** @return the kind of build the request asks for */
    static BuildKind binary(BinaryBuildRequest request) {
        if (request.flatpak()) {
            throw new OsbsUnsupportedFeatureException("Flatpak builds are not supported by this build engine yet "
                    + "(it builds container images on Docker engines only)");
        }
        for (String[] required : new String[][] {{"git_uri", request.gitUri()}, {"git_ref", request.gitRef()},
                {"git_branch", request.gitBranch()}, {"user", request.user()}, {"component", request.component()}}) {
            if (required[1].isBlank()) {
                throw new OsbsValidationException("required parameter " + required[0] + " is missing");
            }
        }
        if (request.scratch() && request.isolated()) {
            throw new OsbsValidationException("a build cannot be both scratch and isolated");
        }
        if (request.operatorCsvModificationsUrl() != null && !request.isolated()) {
            throw new OsbsValidationException("Only isolated builds support operator CSV modifications");
        }
        if (request.signingIntent() != null && !request.composeIds().isEmpty()) {
            throw new OsbsValidationException("signing_intent and compose_ids cannot be used together");
        }
        if (request.platforms().isEmpty()) {
            throw new OsbsValidationException("no platforms to build for");
        }
        if (request.isolated()) {
            ReleaseRules.checkIsolated(request.release());
        }
        unsupported(!request.composeIds().isEmpty(), "ODCS composes (compose_ids)");
        unsupported(request.signingIntent() != null, "ODCS signing intents (signing_intent)");
        unsupported(!request.yumRepoUrls().isEmpty(), "extra yum repositories (yum_repourls)");
        unsupported(!request.dependencyReplacements().isEmpty(), "Cachito dependency replacements");
        unsupported(request.kojiParentBuild() != null, "Koji parent builds (koji_parent_build)");
        unsupported(request.operatorCsvModificationsUrl() != null, "operator CSV modifications");
        return request.scratch() ? BuildKind.SCRATCH : request.isolated() ? BuildKind.ISOLATED : BuildKind.REGULAR;
    }

    private static void unsupported(boolean asked, String feature) {
        if (asked) {
            throw new OsbsUnsupportedFeatureException(feature + " are not supported by this build engine yet");
        }
    }
}
