package io.containerbuild.osbs.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Parsing rpm -qa into Koji components. */
class RpmQueryOutputTest {

    @Test
    void packagesWithAndWithoutEpochsAndSignatures() {
        String output = """
                bash;5.2.26;1.fc40;x86_64;(none);0123abcd;RSA/SHA256, Mon 01 Jan 2024, Key ID a15b79cc00000000;(none)
                glibc;2.39;2.fc40;x86_64;1;4567ef01;(none);DSA/SHA1, Mon 01 Jan 2024, Key ID 1234
                gpg-pubkey;a15b79cc;63d04c2c;(none);(none);(none);(none);(none)
                short;line
                """;
        assertEquals(List.of(
                new RpmPackage("bash", "5.2.26", "1.fc40", "x86_64", Optional.empty(), "0123abcd",
                        Optional.of("a15b79cc00000000")),
                new RpmPackage("glibc", "2.39", "2.fc40", "x86_64", Optional.of(1), "4567ef01", Optional.of("1234"))),
                RpmQueryOutput.parse(output));
    }
}
