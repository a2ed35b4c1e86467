package io.containerbuild.hub.store;

/**
 * A content generator's buildroot as CGImport describes it; every field but the id may be null,
 * and {@code tools}, {@code components} and {@code extra} are the JSON text CGImport sent.
 */
public record Buildroot(
        int id,
        Integer cgId,
        String cgVersion,
        String containerType,
        String containerArch,
        String hostOs,
        String hostArch,
        String tools,
        String components,
        String extra) {}
