package io.containerbuild.clientplugin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.containerbuild.options.UserData;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code --userdata}: a JSON object of custom metadata. Upstream passes whatever {@code json.loads} returns and lets a
 * parse error escape as a traceback, and a non-object fail later on the builder; here both are usage errors, worded
 * like Koji's own {@code build --custom-user-metadata}.
 */
final class UserDataOption {

    private UserDataOption() {
    }

    static UserData parse(String json, CommandSpec spec) {
        if (json == null) {
            return null;
        }
        Object value;
        try {
            value = new ObjectMapper().readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new ParameterException(spec.commandLine(), "--userdata is not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (!(value instanceof Map<?, ?> object)) {
            throw new ParameterException(spec.commandLine(), "--userdata must be a JSON object, e.g. '{\"key\": \"value\"}'");
        }
        try {
            return UserData.of(object);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--userdata: " + e.getMessage());
        }
    }
}
