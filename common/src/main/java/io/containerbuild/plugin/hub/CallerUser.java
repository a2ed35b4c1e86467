package io.containerbuild.plugin.hub;

/** The logged-in user behind a hub call. */
public record CallerUser(int id, String name) {}
