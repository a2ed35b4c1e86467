/**
 * End-to-end tests of the hub over real HTTP, on the embedded store and on PostgreSQL, driven by the
 * clients that meet it in production: Python's xmlrpc.client speaking as koji.ClientSession
 * ({@code src/test/resources/koji/}: {@code koji_session.py} and the scripts that import it), a Python
 * builder on the host API, and the real {@code bin/koji}.
 *
 * <p>Shared set-up: {@link io.containerbuild.it.hub.RunningHub} (a hub with the container-build plugin
 * on H2 or on a fresh PostgreSQL database, restartable), {@link io.containerbuild.it.hub.ContainerBuildSetup}
 * (the admin set-up of docs/hub-admin.md over XML-RPC), {@link io.containerbuild.it.hub.PythonKoji}
 * (runs the scripts) and {@link io.containerbuild.it.hub.KojiCli} (runs {@code bin/koji} with a profile
 * for the test hub).
 */
package io.containerbuild.it.hub;
