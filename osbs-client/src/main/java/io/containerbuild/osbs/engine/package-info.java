/**
 * The Docker engine, through docker-java: the only package of this module that imports
 * {@code com.github.dockerjava}. Everything else sees {@link io.containerbuild.osbs.engine.ContainerEngine}.
 */
package io.containerbuild.osbs.engine;
