package io.containerbuild.plugin.client;

/**
 * A {@code koji} subcommand contributed by a plugin: a picocli {@code @Command} whose name is the
 * subcommand's name and whose {@code call()} result is the exit code. The client adds it beside its
 * own commands, so it gets the global options and help like any other.
 */
public interface ClientCommand {}
