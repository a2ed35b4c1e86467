package io.containerbuild.hub.store;

/** A content generator (e.g. {@code atomic-reactor}) that may import builds. */
public record ContentGenerator(int id, String name) {}
