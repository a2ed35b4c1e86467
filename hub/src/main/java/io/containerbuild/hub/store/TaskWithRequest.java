package io.containerbuild.hub.store;

/** A task with its request: the complete XML-RPC methodCall document of its arguments. */
public record TaskWithRequest(Task task, String request) {}
