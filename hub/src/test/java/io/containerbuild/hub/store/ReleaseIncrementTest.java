package io.containerbuild.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.containerbuild.fault.BuildError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Koji's getNextRelease cases, from its own unit tests. */
class ReleaseIncrementTest {

    @ParameterizedTest
    @CsvSource({"1, 2", "55, 56", "1.el6, 2.el6", "45.fc23, 46.fc23", "20211105.nightly.7, 20211105.nightly.8",
        "99999999999999999999, 100000000000000000000"})
    void increments(String last, String next) {
        assertEquals(next, ReleaseIncrement.next(last, 1));
    }

    @Test
    void noBuildYetGivesTheIncrement() {
        assertEquals("1", ReleaseIncrement.next(null, 1));
        assertEquals("3", ReleaseIncrement.next(null, 3));
        assertEquals("5.el9", ReleaseIncrement.next("2.el9", 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo", "foo.bar", "a.b.c.d", "a..b..c", "1.2.fc23"})
    void refusesWhatItCannotIncrement(String last) {
        BuildError error = assertThrows(BuildError.class, () -> ReleaseIncrement.next(last, 1));
        assertEquals("Unable to increment release value: " + last, error.getMessage());
    }
}
