package io.containerbuild.hub.store;

/** The two databases the store runs on; the schema and every statement are the same on both. */
public enum DatabaseKind {
    /** Embedded H2 in a data directory: the default, created on first start. */
    H2,
    /** A PostgreSQL server given by a JDBC URL. */
    POSTGRESQL
}
