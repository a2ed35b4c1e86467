package io.containerbuild.options;

/**
 * One reason a build request could not be decoded.
 *
 * @param path where the problem is: {@code opts}, {@code opts.scratch}, {@code opts.compose_ids[1]},
 *     {@code src}, {@code params}
 * @param message what is wrong, worded like jsonschema: {@code 'true' is not of type 'boolean'}
 */
public record OptionsProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
