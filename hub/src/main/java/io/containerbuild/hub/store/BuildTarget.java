package io.containerbuild.hub.store;

/** A build target: where builds build and where they land ({@code getBuildTarget} fields). */
public record BuildTarget(int id, String name, int buildTag, String buildTagName, int destTag, String destTagName) {}
