package io.containerbuild.options;

import java.util.List;

/**
 * The options of a {@code buildContainer} request (binary containers and Flatpaks), one component
 * per key the builder's schema allows.
 *
 * <p>A null component means the key was not given. The Python CLI sends only the options the user
 * gave, so "not given" and "given as false or empty" are different requests and both survive a
 * decode/encode round trip. A key given as an explicit null (allowed for some keys) is treated
 * as not given. Lists are immutable copies and never contain null. The record does not check how
 * options combine; that is {@link OptionsValidator}'s job.
 *
 * @param scratch scratch build: no Koji import, no whitelist or NVR checks
 * @param isolated isolated build, e.g. a hot-fix rebuild with an explicit release
 * @param dependencyReplacements Cachito replacements {@code pkg_manager:name:version[:new_name]}
 * @param yumRepoUrls URLs of {@code .repo} files
 * @param archOverride space-separated arches as sent; only scratch or isolated builds may use it
 * @param gitBranch the branch the ref belongs to; required by both CLI and builder
 * @param kojiParentBuild NVR of a Koji image build to use as the parent image
 * @param release overrides the Dockerfile's {@code release} label
 * @param flatpak build a Flatpak instead of a container
 * @param composeIds ODCS compose ids to use instead of the ones OSBS would request
 * @param signingIntent ODCS signing intent; excludes {@code composeIds}
 * @param skipBuild deprecated; only {@code false} is still accepted (rpkg sends it)
 * @param userdata custom metadata passed through to the build
 * @param operatorCsvModificationsUrl URL of operator CSV modifications; isolated builds only
 */
public record ContainerBuildOptions(
        Boolean scratch,
        Boolean isolated,
        List<String> dependencyReplacements,
        List<String> yumRepoUrls,
        String archOverride,
        String gitBranch,
        String kojiParentBuild,
        String release,
        Boolean flatpak,
        List<Integer> composeIds,
        String signingIntent,
        Boolean skipBuild,
        UserData userdata,
        String operatorCsvModificationsUrl) {

    public ContainerBuildOptions {
        dependencyReplacements = copy(dependencyReplacements);
        yumRepoUrls = copy(yumRepoUrls);
        composeIds = copy(composeIds);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .scratch(scratch)
                .isolated(isolated)
                .dependencyReplacements(dependencyReplacements)
                .yumRepoUrls(yumRepoUrls)
                .archOverride(archOverride)
                .gitBranch(gitBranch)
                .kojiParentBuild(kojiParentBuild)
                .release(release)
                .flatpak(flatpak)
                .composeIds(composeIds)
                .signingIntent(signingIntent)
                .skipBuild(skipBuild)
                .userdata(userdata)
                .operatorCsvModificationsUrl(operatorCsvModificationsUrl);
    }

    public boolean isScratch() {
        return Boolean.TRUE.equals(scratch);
    }

    public boolean isIsolated() {
        return Boolean.TRUE.equals(isolated);
    }

    public boolean isFlatpak() {
        return Boolean.TRUE.equals(flatpak);
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    /** Collects options; every setter takes null to mean "not given". */
    public static final class Builder {
        private Boolean scratch;
        private Boolean isolated;
        private List<String> dependencyReplacements;
        private List<String> yumRepoUrls;
        private String archOverride;
        private String gitBranch;
        private String kojiParentBuild;
        private String release;
        private Boolean flatpak;
        private List<Integer> composeIds;
        private String signingIntent;
        private Boolean skipBuild;
        private UserData userdata;
        private String operatorCsvModificationsUrl;

        private Builder() {
        }

        public Builder scratch(Boolean value) {
            this.scratch = value;
            return this;
        }

        public Builder isolated(Boolean value) {
            this.isolated = value;
            return this;
        }

        public Builder dependencyReplacements(List<String> value) {
            this.dependencyReplacements = value;
            return this;
        }

        public Builder yumRepoUrls(List<String> value) {
            this.yumRepoUrls = value;
            return this;
        }

        /** The override as it goes on the wire; the CLI normalises it with {@code Arches.normalize} first. */
        public Builder archOverride(String value) {
            this.archOverride = value;
            return this;
        }

        public Builder gitBranch(String value) {
            this.gitBranch = value;
            return this;
        }

        public Builder kojiParentBuild(String value) {
            this.kojiParentBuild = value;
            return this;
        }

        public Builder release(String value) {
            this.release = value;
            return this;
        }

        public Builder flatpak(Boolean value) {
            this.flatpak = value;
            return this;
        }

        public Builder composeIds(List<Integer> value) {
            this.composeIds = value;
            return this;
        }

        public Builder signingIntent(String value) {
            this.signingIntent = value;
            return this;
        }

        public Builder skipBuild(Boolean value) {
            this.skipBuild = value;
            return this;
        }

        public Builder userdata(UserData value) {
            this.userdata = value;
            return this;
        }

        public Builder operatorCsvModificationsUrl(String value) {
            this.operatorCsvModificationsUrl = value;
            return this;
        }

        public ContainerBuildOptions build() {
            return new ContainerBuildOptions(scratch, isolated, dependencyReplacements, yumRepoUrls, archOverride,
                    gitBranch, kojiParentBuild, release, flatpak, composeIds, signingIntent, skipBuild, userdata,
                    operatorCsvModificationsUrl);
        }
    }
}
