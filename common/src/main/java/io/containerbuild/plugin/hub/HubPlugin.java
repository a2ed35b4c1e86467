package io.containerbuild.plugin.hub;

import io.containerbuild.plugin.Plugin;

/**
 * A hub plugin. Its module adds {@link HubExport}s to the hub's
 * {@code Multibinder.newSetBinder(binder(), HubExport.class)} and may inject the hub's services
 * ({@link TaskCreator}).
 */
public interface HubPlugin extends Plugin {}
