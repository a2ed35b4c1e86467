package io.containerbuild.plugin;

/** A builder plugin: its module contributes task handlers, keyed by task method, to the builder daemon. */
public interface BuilderPlugin extends Plugin {}
