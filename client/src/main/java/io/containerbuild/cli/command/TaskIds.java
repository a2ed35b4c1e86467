package io.containerbuild.cli.command;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Task ids given as arguments. */
final class TaskIds {

    private TaskIds() {
    }

    static int parse(String text, CommandSpec spec) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "task id must be an integer");
        }
    }
}
