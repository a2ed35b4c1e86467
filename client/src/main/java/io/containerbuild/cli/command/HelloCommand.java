package io.containerbuild.cli.command;

import io.containerbuild.cli.ClientRuntime;
import io.containerbuild.cli.CoreUsage;
import io.containerbuild.cli.watch.TaskRecords;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code koji hello} (Koji's {@code moshimoshi}): logs in as the profile says and tells who the hub thinks you are. */
@Command(name = "hello", aliases = {"moshimoshi", "hi"},
        customSynopsis = {"${COMMAND-FULL-NAME} [options]", CoreUsage.GLOBAL_HELP_HINT},
        description = {"[misc] Introduce yourself",
                "A quick check of the profile: connects, logs in and greets the user the hub sees."})
public final class HelloCommand implements Callable<Integer> {

    /** Koji's greetings, the ones any terminal encoding can show. */
    private static final List<String> GREETINGS = List.of("hello", "hi", "yo", "what's up", "g'day", "back to work",
            "bonjour", "hallo", "ciao", "hola", "hej", "tervehdys", "dobre dan");

    /** Koji's {@code AUTHTYPES}. */
    private static final int AUTHTYPE_PASSWORD = 0;
    private static final int AUTHTYPE_KERBEROS = 1;
    private static final int AUTHTYPE_SSL = 2;
    private static final int AUTHTYPE_GSSAPI = 3;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientRuntime runtime;

    public HelloCommand(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        if (!args.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "This command takes no arguments");
        }
        runtime.activateSession();
        PrintStream out = runtime.out();
        Map<String, Object> user = TaskRecords.struct(runtime.session().call("getLoggedInUser"));
        String name = "anonymous user";
        if (user == null) {
            out.println("Not authenticated");
        } else {
            name = String.valueOf(user.get("name"));
        }
        out.println(GREETINGS.get(ThreadLocalRandom.current().nextInt(GREETINGS.size())) + ", " + name + "!");
        out.println();
        out.println("You are using the hub at " + runtime.settings().server());
        if (user != null && user.get("authtype") instanceof Integer authtype) {
            switch (authtype) {
                case AUTHTYPE_PASSWORD -> out.println("Authenticated via password");
                case AUTHTYPE_GSSAPI -> out.println("Authenticated via GSSAPI");
                case AUTHTYPE_KERBEROS -> out.println("Authenticated via Kerberos principal " + user.get("krb_principal"));
                case AUTHTYPE_SSL -> out.println("Authenticated via client certificate");
                default -> out.println("Authenticated via authtype " + authtype);
            }
        }
        return 0;
    }
}
