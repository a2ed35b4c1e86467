package io.containerbuild.builderplugin.hub;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.containerbuild.builderplugin.testing.HubFixture;
import io.containerbuild.fault.BuildError;
import org.junit.jupiter.api.Test;

class PackageWhitelistTest {

    private final HubFixture hub = new HubFixture();
    private final PackageWhitelist whitelist = new PackageWhitelist(new KojiHub(hub.session()));

    @Test
    void aListedPackagePasses() {
        assertDoesNotThrow(() -> whitelist.check(HubFixture.DEST_TAG, HubFixture.COMPONENT));
    }

    @Test
    void anUnlistedPackageIsRefused() {
        hub.packageListing(HubFixture.COMPONENT, null);

        BuildError error = assertThrows(BuildError.class, () -> whitelist.check(HubFixture.DEST_TAG, HubFixture.COMPONENT));

        assertEquals("package (container) fedora-docker not in list for tag dest-tag", error.getMessage());
        assertEquals(1005, error.faultCode());
    }

    @Test
    void aBlockedPackageIsRefusedWithUpstreamsDoubleSpace() {
        hub.packageListing(HubFixture.COMPONENT, true);

        BuildError error = assertThrows(BuildError.class, () -> whitelist.check(HubFixture.DEST_TAG, HubFixture.COMPONENT));

        assertEquals("package (container)  fedora-docker is blocked for tag dest-tag", error.getMessage());
        assertEquals(1005, error.faultCode());
    }
}
