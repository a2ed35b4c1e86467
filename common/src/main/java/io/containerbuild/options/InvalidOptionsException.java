package io.containerbuild.options;

import io.containerbuild.fault.ParameterError;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A build request whose parameters do not fit the schema. It carries every problem found, in
 * order; the message lists them all, separated by {@code "; "}.
 */
public class InvalidOptionsException extends ParameterError {
    private static final long serialVersionUID = 1L;

    private final List<OptionsProblem> problems;

    public InvalidOptionsException(List<OptionsProblem> problems) {
        super(problems.stream().map(OptionsProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<OptionsProblem> problems() {
        return problems;
    }
}
