package io.containerbuild.hub.build;

/** The databases the build calls are tested on: the embedded H2 and PostgreSQL. */
enum HubBackend {
    H2,
    POSTGRESQL
}
