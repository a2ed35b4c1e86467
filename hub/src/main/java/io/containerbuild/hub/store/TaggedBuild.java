package io.containerbuild.hub.store;

/** A build as {@code listTagged} lists it: the build, the tag, and the event that tagged it. */
public record TaggedBuild(Build build, int tagId, String tagName, int createEvent) {}
