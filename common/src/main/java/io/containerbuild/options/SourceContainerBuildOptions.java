package io.containerbuild.options;

/**
 * The options of a {@code buildSourceContainer} request, which packages the sources of an existing
 * image build. As with {@link ContainerBuildOptions}, a null component means the key was not
 * given; none of these keys may be given as null.
 *
 * @param scratch scratch source build
 * @param kojiBuildId id of the image build whose sources are packaged
 * @param kojiBuildNvr NVR of that build; with {@code kojiBuildId}, both must name the same build
 * @param signingIntent ODCS signing intent
 * @param userdata custom metadata passed through to the build
 */
public record SourceContainerBuildOptions(
        Boolean scratch,
        Integer kojiBuildId,
        String kojiBuildNvr,
        String signingIntent,
        UserData userdata) {

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .scratch(scratch)
                .kojiBuildId(kojiBuildId)
                .kojiBuildNvr(kojiBuildNvr)
                .signingIntent(signingIntent)
                .userdata(userdata);
    }

    public boolean isScratch() {
        return Boolean.TRUE.equals(scratch);
    }

    /** Collects options; every setter takes null to mean "not given". */
    public static final class Builder {
        private Boolean scratch;
        private Integer kojiBuildId;
        private String kojiBuildNvr;
        private String signingIntent;
        private UserData userdata;

        private Builder() {
        }

        public Builder scratch(Boolean value) {
            this.scratch = value;
            return this;
        }

        public Builder kojiBuildId(Integer value) {
            this.kojiBuildId = value;
            return this;
        }

        public Builder kojiBuildNvr(String value) {
            this.kojiBuildNvr = value;
            return this;
        }

        public Builder signingIntent(String value) {
            this.signingIntent = value;
            return this;
        }

        public Builder userdata(UserData value) {
            this.userdata = value;
            return this;
        }

        public SourceContainerBuildOptions build() {
            return new SourceContainerBuildOptions(scratch, kojiBuildId, kojiBuildNvr, signingIntent, userdata);
        }
    }
}
