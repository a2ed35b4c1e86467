package io.containerbuild.plugin;

/** A hub plugin: its module contributes exported XML-RPC methods to the hub. */
public interface HubPlugin extends Plugin {}
