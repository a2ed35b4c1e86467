package io.containerbuild.hub.store;

/** A build type (Koji's btype): rpm, maven, win, image, or one an admin added. */
public record BuildType(int id, String name) {}
