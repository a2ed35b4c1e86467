package io.containerbuild.it.hub;

/** The hub's two stores: the embedded H2 file database it makes by default, and PostgreSQL by {@code DBURL}. */
public enum Backend {
    H2,
    POSTGRESQL
}
