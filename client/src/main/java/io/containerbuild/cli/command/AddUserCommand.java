package io.containerbuild.cli.command;

import io.containerbuild.cli.ClientRuntime;
import io.containerbuild.cli.CoreUsage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code koji add-user}: {@code createUser(username, status=, krb_principal=)}, plus our password accounts. */
@Command(name = "add-user",
        customSynopsis = {"${COMMAND-FULL-NAME} <username> [options]", CoreUsage.GLOBAL_HELP_HINT},
        description = {"[admin] Add a user",
                "With --password (an extension of this build system) the user can log in with a password."})
public final class AddUserCommand implements Callable<Integer> {

    /** Koji's {@code USER_STATUS}. */
    private static final int NORMAL = 0;
    private static final int BLOCKED = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--principal", description = "The Kerberos principal for this user")
    String principal;

    @Option(names = "--disable", description = "Prohibit logins by this user")
    boolean disable;

    @Option(names = "--password", paramLabel = "PASSWORD", description = PasswordInput.HELP)
    String password;

    @Parameters(paramLabel = "username", arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientRuntime runtime;

    public AddUserCommand(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        if (args.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "You must specify the username of the user to add");
        }
        if (args.size() > 1) {
            throw new ParameterException(spec.commandLine(), "This command only accepts one argument (username)");
        }
        String username = args.get(0);
        Map<String, Object> keywords = new LinkedHashMap<>();
        keywords.put("status", disable ? BLOCKED : NORMAL);
        keywords.put("krb_principal", principal);
        if (password != null) {
            keywords.put("password", PasswordInput.read(password, "user " + username, runtime));
        }
        runtime.activateSession();
        Object id = runtime.session().call("createUser", List.of(username), keywords);
        runtime.out().println("Added user " + username + " (" + id + ")");
        return 0;
    }
}
