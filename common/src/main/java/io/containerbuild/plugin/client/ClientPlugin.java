package io.containerbuild.plugin.client;

import io.containerbuild.plugin.Plugin;

/**
 * A client plugin. Its module adds {@link ClientCommand}s to the client's
 * {@code Multibinder.newSetBinder(binder(), ClientCommand.class)}; commands may inject
 * {@link ClientContext}.
 */
public interface ClientPlugin extends Plugin {}
