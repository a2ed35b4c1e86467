package io.containerbuild.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.ConfigurationError;
import io.containerbuild.config.IniFile;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HubConfigTest {
    private static HubConfig parse(String hub) {
        return HubConfig.from(IniFile.parse("[hub]\n" + hub, "hub.conf"), Path.of("/srv/hub"));
    }

    @Test
    void hostTimeoutIsKojisNineHundredSecondsUnlessGiven() {
        assertEquals(Duration.ofSeconds(900), parse("").hostTimeout());
        assertEquals(Duration.ofSeconds(20), parse("HostTimeout = 20\n").hostTimeout());
    }

    @Test
    void aHostTimeoutOfZeroIsRefused() {
        ConfigurationError error = assertThrows(ConfigurationError.class, () -> parse("HostTimeout = 0\n"));
        assertTrue(error.getMessage().contains("hosttimeout") || error.getMessage().contains("HostTimeout"),
                error::getMessage);
    }
}
