package io.containerbuild.hub.store;

/** A named group of hosts that tasks are scheduled into ({@code getChannel}); texts may be null. */
public record Channel(int id, String name, String description, boolean enabled, String comment) {}
