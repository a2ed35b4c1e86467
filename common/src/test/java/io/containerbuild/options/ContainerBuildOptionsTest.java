package io.containerbuild.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerBuildOptionsTest {

    @Test
    void nothingIsGivenByDefault() {
        ContainerBuildOptions options = ContainerBuildOptions.builder().build();
        assertNull(options.scratch());
        assertNull(options.yumRepoUrls());
        assertNull(options.userdata());
        assertFalse(options.isScratch());
        assertFalse(options.isIsolated());
        assertFalse(options.isFlatpak());
    }

    @Test
    void convenienceFlagsReadGivenValues() {
        ContainerBuildOptions options = ContainerBuildOptions.builder().scratch(true).isolated(false).flatpak(true).build();
        assertTrue(options.isScratch());
        assertFalse(options.isIsolated());
        assertTrue(options.isFlatpak());
    }

    @Test
    void listsAreImmutableCopies() {
        List<String> urls = new ArrayList<>(List.of("a.repo"));
        ContainerBuildOptions options = ContainerBuildOptions.builder().yumRepoUrls(urls).build();
        urls.add("b.repo");
        assertEquals(List.of("a.repo"), options.yumRepoUrls());
        assertThrows(UnsupportedOperationException.class, () -> options.yumRepoUrls().add("c.repo"));
    }

    @Test
    void listsMayNotHoldNull() {
        assertThrows(NullPointerException.class,
                () -> ContainerBuildOptions.builder().composeIds(Arrays.asList(1, null)).build());
    }

    @Test
    void toBuilderCopiesEverything() {
        ContainerBuildOptions options = ContainerBuildOptions.builder()
                .scratch(true).isolated(false).dependencyReplacements(List.of("d")).yumRepoUrls(List.of("y"))
                .archOverride("x86_64").gitBranch("b").kojiParentBuild("p").release("r").flatpak(false)
                .composeIds(List.of(1)).signingIntent("s").skipBuild(false).userdata(UserData.empty())
                .operatorCsvModificationsUrl("u").build();
        assertEquals(options, options.toBuilder().build());
        assertEquals("other", options.toBuilder().gitBranch("other").build().gitBranch());
    }

    @Test
    void sourceOptionsBuilderRoundTrips() {
        SourceContainerBuildOptions options = SourceContainerBuildOptions.builder()
                .scratch(true).kojiBuildId(3).kojiBuildNvr("n-v-r").signingIntent("s").userdata(UserData.empty()).build();
        assertEquals(options, options.toBuilder().build());
        assertTrue(options.isScratch());
        assertFalse(SourceContainerBuildOptions.builder().build().isScratch());
    }

    @Test
    void requestsNeedEveryPart() {
        ContainerBuildOptions options = ContainerBuildOptions.builder().build();
        assertThrows(NullPointerException.class, () -> new ContainerBuildRequest(null, "t", options));
        assertThrows(NullPointerException.class, () -> new ContainerBuildRequest("s", null, options));
        assertThrows(NullPointerException.class, () -> new ContainerBuildRequest("s", "t", null));
        assertThrows(NullPointerException.class,
                () -> new SourceContainerBuildRequest(null, SourceContainerBuildOptions.builder().build()));
        assertThrows(NullPointerException.class, () -> new SourceContainerBuildRequest("t", null));
    }
}
