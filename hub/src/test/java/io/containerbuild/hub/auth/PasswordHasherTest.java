package io.containerbuild.hub.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void theRightPasswordMatchesAndNoOtherDoes() {
        String stored = hasher.hash("s3cret ü🐧");

        assertTrue(hasher.matches("s3cret ü🐧", stored));
        assertFalse(hasher.matches("s3cret", stored));
        assertFalse(hasher.matches("", stored));
    }

    @Test
    void theStoredFormNamesSchemeAndCostAndNeverHoldsThePassword() {
        String stored = hasher.hash("hunter2");

        assertTrue(stored.startsWith("pbkdf2-sha512$1000$"), stored);
        assertFalse(stored.contains("hunter2"));
    }

    @Test
    void eachHashHasItsOwnSalt() {
        assertNotEquals(hasher.hash("same"), hasher.hash("same"));
    }

    @Test
    void aHashMadeWithAnotherCostStillVerifies() {
        String stored = new PasswordHasher(2_000).hash("pw");

        assertTrue(hasher.matches("pw", stored));
    }

    @Test
    void plainTextAndGarbageNeverMatch() {
        assertFalse(hasher.matches("pw", "pw"));
        assertFalse(hasher.matches("pw", null));
        assertFalse(hasher.matches("pw", "pbkdf2-sha512$x$y$z"));
        assertFalse(hasher.matches("pw", "pbkdf2-sha512$0$AAAA$AAAA"));
        assertFalse(hasher.matches("pw", "md5$1$AAAA$AAAA"));
    }
}
