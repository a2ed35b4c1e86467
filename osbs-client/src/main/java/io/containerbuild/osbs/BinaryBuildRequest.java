package io.containerbuild.osbs;

import io.containerbuild.options.UserData;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * {@code create_binary_container_build}'s parameters, as the builder plugin passes them (nullable
 * components are the ones upstream passes only when present).
 *
 * @param gitUri the repository, without the ref
 * @param gitRef the commit, branch or tag to build
 * @param gitBranch the branch the ref must be on
 * @param user the Koji task owner's name
 * @param component the repository's base name, the default Koji package
 * @param target the Koji build target's name
 * @param kojiTaskId the task the build belongs to
 * @param platforms the arches to build, in order
 * @param scratch no Koji build import, no primary or floating tags
 * @param isolated a rebuild with an explicit {@code N.N…} release
 * @param flatpak build a Flatpak (not supported by this engine yet)
 * @param release the release label override, or null
 * @param kojiParentBuild the NVR of a Koji image build to use as parent, or null
 * @param signingIntent the ODCS signing intent, or null
 * @param composeIds ODCS composes, empty when none
 * @param yumRepoUrls {@code .repo} file URLs, empty when none
 * @param dependencyReplacements Cachito replacements, empty when none
 * @param userdata free-form metadata carried into the build
 * @param operatorCsvModificationsUrl isolated builds only, or null
 * @param defaultBuildtimeLimit the limit when {@code container.yaml} names none
 * @param maxBuildtimeLimit the largest limit {@code container.yaml} may ask for
 */
public record BinaryBuildRequest(
        String gitUri,
        String gitRef,
        String gitBranch,
        String user,
        String component,
        String target,
        int kojiTaskId,
        List<String> platforms,
        boolean scratch,
        boolean isolated,
        boolean flatpak,
        String release,
        String kojiParentBuild,
        String signingIntent,
        List<Integer> composeIds,
        List<String> yumRepoUrls,
        List<String> dependencyReplacements,
        UserData userdata,
        String operatorCsvModificationsUrl,
        Duration defaultBuildtimeLimit,
        Duration maxBuildtimeLimit) {

    public BinaryBuildRequest {
        Objects.requireNonNull(gitUri, "gitUri");
        Objects.requireNonNull(gitRef, "gitRef");
        Objects.requireNonNull(gitBranch, "gitBranch");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(target, "target");
        platforms = List.copyOf(platforms);
        composeIds = List.copyOf(composeIds);
        yumRepoUrls = List.copyOf(yumRepoUrls);
        dependencyReplacements = List.copyOf(dependencyReplacements);
        Objects.requireNonNull(userdata, "userdata");
        Objects.requireNonNull(defaultBuildtimeLimit, "defaultBuildtimeLimit");
        Objects.requireNonNull(maxBuildtimeLimit, "maxBuildtimeLimit");
    }
}
