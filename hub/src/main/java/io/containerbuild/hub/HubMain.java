package io.containerbuild.hub;

import io.containerbuild.fault.KojiFault;
import io.containerbuild.hub.auth.PasswordHasher;
import io.containerbuild.hub.store.Store;
import io.containerbuild.wire.SerialFilters;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code bin/koji-hub}: runs the hub, or creates its first administrator. */
public final class HubMain {
    static final String USAGE = """
            Usage: koji-hub --config hub.conf
                   koji-hub create-admin --config hub.conf NAME   (password read from standard input)

            Serves Koji's XML-RPC API at /kojihub and task and build files at /kojifiles.
            The [hub] section of hub.conf: Address, Port, DataDir, DBURL, DBUser, DBPassword, Plugins,
            MaxRequestLength (see README.md, "Running the hub").
            """;

    private HubMain() {}

    public static void main(String[] args) {
        // nothing this process reads off the wire or disk is ever Java-serialized
        SerialFilters.installRejectAll();
        int status = run(List.of(args), System.in, System.out, System.err);
        if (status != RUNNING) {
            System.exit(status);
        }
    }

    /** The hub is serving; main returns and the server's threads keep the process alive. */
    static final int RUNNING = -1;

    static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(USAGE);
            return 0;
        }
        List<String> rest = new ArrayList<>(args);
        Path config = takeOption(rest, "--config");
        boolean createAdmin = !rest.isEmpty() && rest.get(0).equals("create-admin");
        if (createAdmin) {
            rest.remove(0);
        }
        if (config == null || (createAdmin ? rest.size() != 1 : !rest.isEmpty())) {
            err.print(USAGE);
            err.println("koji-hub: " + (config == null ? "--config is required" : "unexpected arguments: " + rest));
            return 2;
        }
        try {
            HubConfig hubConfig = HubConfig.load(config);
            return createAdmin ? createAdmin(hubConfig, rest.get(0), in, out) : serve(hubConfig, out);
        } catch (KojiFault e) {
            err.println("koji-hub: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException | IOException e) {
            err.println("koji-hub: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("koji-hub: could not start: " + e);
            return 1;
        }
    }

    private static int createAdmin(HubConfig config, String name, InputStream in, PrintStream out) throws IOException {
        String password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        if (password == null) {
            throw new IllegalArgumentException("no password on standard input");
        }
        try (Store store = Hub.openStore(config)) {
            boolean created = new AdminAccounts(store, new PasswordHasher()).createAdmin(name, password);
            out.println((created ? "created admin " : "updated admin ") + name);
        }
        return 0;
    }

    private static int serve(HubConfig config, PrintStream out) throws Exception {
        Hub hub = Hub.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(hub::close, "hub-shutdown"));
        out.println("koji-hub: serving " + hub.hubUrl() + " and " + hub.filesUrl()
                + (config.plugins().isEmpty() ? "" : " with plugins " + String.join(", ", config.plugins())));
        return RUNNING;
    }

    private static Path takeOption(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0 || at + 1 >= args.size()) {
            return null;
        }
        Path value = Path.of(args.get(at + 1));
        args.subList(at, at + 2).clear();
        return value;
    }
}
