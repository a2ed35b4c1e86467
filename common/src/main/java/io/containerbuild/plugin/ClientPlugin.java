package io.containerbuild.plugin;

/** A client plugin: its module contributes subcommands to the {@code koji} command line. */
public interface ClientPlugin extends Plugin {}
