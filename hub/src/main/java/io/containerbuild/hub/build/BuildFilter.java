package io.containerbuild.hub.build;

import java.time.Instant;

/**
 * What {@code listBuilds} asks for, resolved to ids; a null field matches everything.
 *
 * @param packageName the package by name, when the caller named it instead of giving its id
 * @param state a build state code
 * @param taskId a task id, or -1 for "any task" (Koji's convention)
 * @param prefix a package name prefix, case-insensitive
 * @param pattern a glob over the NVR, case-insensitive
 * @param source a glob over the source, case-insensitive
 * @param btypeId builds with at least one archive of this build type
 */
record BuildFilter(
        Integer packageId,
        String packageName,
        Integer ownerId,
        Integer taskId,
        String prefix,
        String pattern,
        String source,
        Integer state,
        Instant createdBefore,
        Instant createdAfter,
        Instant completeBefore,
        Instant completeAfter,
        Integer cgId,
        Integer btypeId) {}
