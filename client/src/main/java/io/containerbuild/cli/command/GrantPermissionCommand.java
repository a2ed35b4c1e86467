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

/** {@code koji grant-permission}: {@code grantPermission(user, permission, create=, description=)} per user. */
@Command(name = "grant-permission",
        customSynopsis = {"${COMMAND-FULL-NAME} [options] <permission> <user> [<user> ...]", CoreUsage.GLOBAL_HELP_HINT},
        description = "[admin] Grant a permission to a user")
public final class GrantPermissionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--new", description = "Create this permission if the permission does not exist")
    boolean createNew;

    @Option(names = "--description", description = "Add description about new permission")
    String description;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientRuntime runtime;

    public GrantPermissionCommand(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        if (args.size() < 2) {
            throw new ParameterException(spec.commandLine(), "Please specify a permission and at least one user");
        }
        runtime.activateSession();
        String permission = args.get(0);
        List<String> names = new ArrayList<>();
        for (String name : args.subList(1, args.size())) {
            Map<String, Object> user = HubRecords.user(runtime.session(), name).orElseThrow(
                    () -> new ParameterException(spec.commandLine(), "No such user: " + name));
            names.add(String.valueOf(user.get("name")));
        }
        Map<String, Object> keywords = new LinkedHashMap<>();
        if (createNew) {
            keywords.put("create", Boolean.TRUE);
            if (description != null) {
                keywords.put("description", description);
            }
        }
        if (description != null && !createNew) {
            throw new ParameterException(spec.commandLine(), "Option new must be specified with option description.");
        }
        for (String name : names) {
            runtime.session().call("grantPermission", List.of(name, permission), keywords);
        }
        return 0;
    }
}
