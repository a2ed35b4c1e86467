package io.containerbuild.cli.command;

import io.containerbuild.cli.ClientRuntime;
import io.containerbuild.cli.CommandFailure;
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

/** {@code koji add-host}: {@code addHost(hostname, arches, force=, krb_principal=)}, plus a password for builders. */
@Command(name = "add-host",
        customSynopsis = {"${COMMAND-FULL-NAME} [options] <hostname> <arch> [<arch> ...]", CoreUsage.GLOBAL_HELP_HINT},
        description = {"[admin] Add a host",
                "A builder (kojid) logs in as its host user; with --password it can use a password login."})
public final class AddHostCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--krb-principal", description = "set a non-default kerberos principal for the host")
    String krbPrincipal;

    @Option(names = "--force", description = "if existing used is a regular user, convert it to a host")
    boolean force;

    @Option(names = "--password", paramLabel = "PASSWORD", description = PasswordInput.HELP)
    String password;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientRuntime runtime;

    public AddHostCommand(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        if (args.size() < 2) {
            throw new ParameterException(spec.commandLine(), "Please specify a hostname and at least one arch");
        }
        String host = args.get(0);
        String secret = password == null ? null : PasswordInput.read(password, "host " + host, runtime);
        runtime.activateSession();
        if (HubRecords.host(runtime.session(), host).isPresent()) {
            throw new CommandFailure(host + " is already in the database");
        }
        Map<String, Object> keywords = new LinkedHashMap<>();
        keywords.put("force", force);
        if (krbPrincipal != null) {
            keywords.put("krb_principal", krbPrincipal);
        }
        if (secret != null) {
            keywords.put("password", secret);
        }
        Object id = runtime.session().call("addHost", List.of(host, List.copyOf(args.subList(1, args.size()))), keywords);
        runtime.out().println(host + " added: id " + id);
        return 0;
    }
}
