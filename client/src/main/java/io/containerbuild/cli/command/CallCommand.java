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

/** {@code koji call}: any hub method, with Koji's argument syntax; for scripts. */
@Command(name = "call",
        customSynopsis = {"${COMMAND-FULL-NAME} [options] <name> [<arg> ...]", "",
                "Note, that you can use global option --noauth for anonymous calls here", CoreUsage.GLOBAL_HELP_HINT},
        description = {"[misc] Execute an arbitrary XML-RPC call",
                "Each <arg> is an integer, a float, None, True, False or else a string; NAME=VALUE is a keyword "
                        + "argument. With --python, arguments are Python literals: 'text', [1, 2], {'key': None}.",
                "Example: koji call getTaskInfo 42 request=True"})
public final class CallCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--python", description = "Use python syntax for values")
    boolean python;

    @Option(names = "--kwargs", description = "Specify keyword arguments as a dictionary (implies --python)")
    String kwargs;

    @Option(names = "--json-output", description = "Use JSON syntax for output")
    boolean jsonOutput;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientRuntime runtime;

    public CallCommand(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        if (args.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Please specify the name of the XML-RPC method");
        }
        List<Object> positional = new ArrayList<>();
        Map<String, Object> keywords = new LinkedHashMap<>();
        try {
            if (python || kwargs != null) {
                for (String arg : args.subList(1, args.size())) {
                    positional.add(ArgumentValues.pythonLiteral(arg));
                }
                if (kwargs != null && ArgumentValues.pythonLiteral(kwargs) instanceof Map<?, ?> given) {
                    given.forEach((key, value) -> keywords.put(String.valueOf(key), value));
                } else if (kwargs != null) {
                    throw new ParameterException(spec.commandLine(), "--kwargs must be a dictionary, e.g. "
                            + "\"{'request': True}\"");
                }
            } else {
                for (String arg : args.subList(1, args.size())) {
                    int equals = arg.indexOf('=');
                    if (equals >= 0) {
                        keywords.put(arg.substring(0, equals), ArgumentValues.filter(arg.substring(equals + 1)));
                    } else {
                        positional.add(ArgumentValues.filter(arg));
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        runtime.activateSession();
        Object response = runtime.session().call(args.get(0), positional, keywords);
        runtime.out().println(jsonOutput ? ValuePrinter.json(response) : ValuePrinter.pretty(response));
        return 0;
    }
}
