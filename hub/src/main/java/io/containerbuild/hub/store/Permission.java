package io.containerbuild.hub.store;

/** A named permission ({@code getAllPerms} entries); description may be null. */
public record Permission(int id, String name, String description) {}
