package io.containerbuild.builderplugin.osbs;

import io.containerbuild.builderplugin.hub.BuildTarget;
import io.containerbuild.builderplugin.task.OptionRules;
import io.containerbuild.fault.BuildError;
import io.containerbuild.options.ContainerBuildOptions;
import io.containerbuild.options.OptionsRule;
import io.containerbuild.options.UserData;
import io.containerbuild.osbs.BinaryBuildRequest;
import io.containerbuild.scm.ScmUrl;
import java.util.List;

/**
 * The last checks of upstream's {@code createContainer} and the request it sends: optional values
 * go only when set (an empty string or list counts as not set, as in Python), the build-time limits
 * always, from the osbs.conf section.
 */
public final class BinaryBuildRequestFactory {

    private BinaryBuildRequestFactory() {
    }

    /**
     * @param scm the source, already checked against the allowed SCMs
     * @param owner the task owner's user name
     * @param platforms the arches to build
     * @throws BuildError {@code arches aren't specified}, then {@code signing_intent used with compose_ids}
     */
    public static BinaryBuildRequest create(ScmUrl scm, String owner, BuildTarget target, int taskId,
            List<String> platforms, ContainerBuildOptions options, OsbsHandle osbs) {
        if (platforms.isEmpty()) {
            throw new BuildError("arches aren't specified");
        }
        OptionRules.of(options).enforce(OptionsRule.SIGNING_INTENT_WITH_COMPOSE_IDS);
        OsbsInstance instance = osbs.get();
        return new BinaryBuildRequest(
                scm.gitUri(),
                scm.gitRef(),
                options.gitBranch(),
                owner,
                scm.component(),
                target.name(),
                taskId,
                platforms,
                options.isScratch(),
                options.isIsolated(),
                options.isFlatpak(),
                orNull(options.release()),
                orNull(options.kojiParentBuild()),
                orNull(options.signingIntent()),
                orEmpty(options.composeIds()),
                orEmpty(options.yumRepoUrls()),
                orEmpty(options.dependencyReplacements()),
                options.userdata() == null ? UserData.empty() : options.userdata(),
                orNull(options.operatorCsvModificationsUrl()),
                instance.defaultBuildtimeLimit(),
                instance.maxBuildtimeLimit());
    }

    static String orNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static <T> List<T> orEmpty(List<T> value) {
        return value == null ? List.of() : value;
    }
}
