package io.containerbuild.osbs.scheduling;

import io.containerbuild.osbs.config.EngineEndpoint;
import io.containerbuild.osbs.engine.ContainerEngine;

/** One slot of one engine, held for one platform build; closing gives the slot back. */
public interface EngineLease extends AutoCloseable {

    EngineEndpoint endpoint();

    ContainerEngine engine();

    @Override
    void close();
}
