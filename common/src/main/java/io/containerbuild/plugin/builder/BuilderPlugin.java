package io.containerbuild.plugin.builder;

import io.containerbuild.plugin.Plugin;

/**
 * A builder plugin. Its module adds {@link TaskHandler}s to the daemon's
 * {@code Multibinder.newSetBinder(binder(), TaskHandler.class)}; each handles the task method its
 * signature names.
 */
public interface BuilderPlugin extends Plugin {}
