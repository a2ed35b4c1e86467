package io.containerbuild.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class BuildStateTest {

    @ParameterizedTest
    @CsvSource({"BUILDING,0", "COMPLETE,1", "DELETED,2", "FAILED,3", "CANCELED,4"})
    void codesAreKojis(BuildState state, int code) {
        assertEquals(code, state.code());
        assertEquals(state, BuildState.fromCode(code));
    }

    @ParameterizedTest
    @EnumSource(value = BuildState.class, names = {"FAILED", "CANCELED"})
    void failedAndCanceledBuildsGiveTheirNvrUp(BuildState state) {
        assertTrue(state.releasesNvr());
    }

    @ParameterizedTest
    @EnumSource(value = BuildState.class, names = {"BUILDING", "COMPLETE", "DELETED"})
    void otherBuildsKeepTheirNvr(BuildState state) {
        assertFalse(state.releasesNvr());
    }

    @Test
    void unknownCodeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> BuildState.fromCode(5));
    }
}
