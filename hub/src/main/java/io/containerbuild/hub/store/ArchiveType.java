package io.containerbuild.hub.store;

/** A file type of archives (Koji's archivetypes); extensions are space-separated, compression may be null. */
public record ArchiveType(int id, String name, String description, String extensions, String compressionType) {}
