/** Koji's channel and build host calls: where tasks may run, and who runs them. */
package io.containerbuild.hub.admin.hosts;
