package io.containerbuild.hub.store;

import io.containerbuild.task.TaskState;

import java.time.Instant;

/**
 * A task's record ({@code getTaskInfo} fields without {@code request}). Nullable: {@code startTime},
 * {@code completionTime}, {@code hostId}, {@code parent}, {@code label}, {@code waiting},
 * {@code awaited}.
 */
public record Task(
        int id,
        TaskState state,
        Instant createTime,
        Instant startTime,
        Instant completionTime,
        int channelId,
        Integer hostId,
        Integer parent,
        String label,
        Boolean waiting,
        Boolean awaited,
        int owner,
        String method,
        String arch,
        int priority,
        double weight) {}
