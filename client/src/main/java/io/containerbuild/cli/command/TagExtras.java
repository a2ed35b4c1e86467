package io.containerbuild.cli.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code -x key=value} options of {@code add-tag} and {@code edit-tag}, values read by Koji's {@code arg_filter}. */
final class TagExtras {

    private TagExtras() {
    }

    static Map<String, Object> parse(List<String> options, CommandSpec spec) {
        Map<String, Object> extra = new LinkedHashMap<>();
        for (String option : options) {
            int equals = option.indexOf('=');
            if (equals < 0) {
                throw new ParameterException(spec.commandLine(), "--extra takes key=value, not " + option);
            }
            String key = option.substring(0, equals);
            if (extra.containsKey(key)) {
                throw new ParameterException(spec.commandLine(), "Duplicate extra key: " + key);
            }
            extra.put(key, ArgumentValues.filter(option.substring(equals + 1)));
        }
        return extra;
    }
}
