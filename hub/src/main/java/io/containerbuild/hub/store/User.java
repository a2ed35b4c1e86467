package io.containerbuild.hub.store;

/** A user account: a person, a build host's account, or a group (Koji's {@code getUser} fields). */
public record User(int id, String name, UserStatus status, UserType usertype) {}
