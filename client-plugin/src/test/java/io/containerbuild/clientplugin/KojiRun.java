package io.containerbuild.clientplugin;

import io.containerbuild.cli.ClientIo;
import io.containerbuild.cli.KojiClient;
import io.containerbuild.cli.config.ConfigLocations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs the whole client in-process, as {@code bin/koji} would, with empty /etc and home directories. */
record KojiRun(int exitCode, String stdout, String stderr) {

    static KojiRun run(Path root, boolean interactive, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ClientIo io = new ClientIo(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), interactive);
        int status = new KojiClient(io, new ConfigLocations(root.resolve("etc"), root.resolve("home")), duration -> { })
                .run(List.of(args));
        return new KojiRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
