package io.containerbuild.hub.store;

import java.time.Instant;

/** A host's refusal of a task ({@code host.refuseTask}); msg may be null. */
public record TaskRefusal(int taskId, int hostId, boolean byHost, boolean soft, String msg, Instant time) {}
