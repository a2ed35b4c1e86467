package io.containerbuild.builderplugin.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.containerbuild.builderplugin.testing.HubFixture;
import io.containerbuild.fault.BuildError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Upstream's {@code test_source_build_info}. */
class SourceImagesTest {

    private static final String NVR = "image_build-1-1";

    private final HubFixture hub = new HubFixture();
    private final SourceImages sourceImages = new SourceImages(new KojiHub(hub.session()));

    private void imageBuild(Object key, Map<String, Object> extra) {
        hub.answer("getBuild", List.of(key), Map.of())
                .thenReturn(HubFixture.build(12345, "image_build", NVR, 1, extra));
    }

    private String refusal(Integer id, String nvr) {
        BuildError error = assertThrows(BuildError.class, () -> sourceImages.resolve(id, nvr));
        assertEquals(1005, error.faultCode());
        return error.getMessage();
    }

    @Test
    void theNvrIsPreferredAndMissingPartsAreFilledIn() {
        imageBuild(NVR, Map.of("image", Map.of()));
        imageBuild(12345, Map.of("image", Map.of()));

        assertEquals(new SourceImage(12345, NVR, "image_build-source"), sourceImages.resolve(null, NVR));
        assertEquals(new SourceImage(12345, NVR, "image_build-source"), sourceImages.resolve(12345, null));
        assertEquals(new SourceImage(12345, NVR, "image_build-source"), sourceImages.resolve(12345, NVR));
    }

    @Test
    void aMissingBuildIsNamedAsGiven() {
        assertEquals("specified source build 'no-such-1-1' doesn't exist", refusal(null, "no-such-1-1"));
        assertEquals("specified source build '999' doesn't exist", refusal(999, null));
        assertEquals("specified source build 'no-such-1-1' doesn't exist", refusal(999, "no-such-1-1"));
    }

    @Test
    void anIdThatNamesAnotherBuildIsRefused() {
        imageBuild(NVR, Map.of("image", Map.of()));

        assertEquals("koji_build_id 54321 does not match koji_build_nvr image_build-1-1 with id 12345. When specifying "
                + "both an id and an nvr, they should point to the same image build", refusal(54321, NVR));
    }

    @Test
    void onlyImageBuildsThatAreNotSourceContainersQualify() {
        imageBuild(NVR, Map.of("typeinfo", Map.of("rpm", Map.of())));
        assertEquals("koji build image_build-1-1 is not image build which source container requires",
                refusal(null, NVR));

        imageBuild(NVR, Map.of("image", Map.of("sources_for_nvr", "other-1-1")));
        assertEquals("koji build image_build-1-1 is source container build, source container can not use source "
                + "container build image", refusal(null, NVR));
    }
}
