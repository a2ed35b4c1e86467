package io.containerbuild.hub.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/** CGInitBuild's tokens: 64 random hex digits, as Koji's {@code secrets.token_hex(32)}. */
final class ReservationTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReservationTokens() {}

    static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Whether the given token is the stored one, compared in constant time. */
    static boolean matches(Optional<String> stored, String given) {
        return stored.isPresent() && given != null && MessageDigest.isEqual(
                stored.get().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
