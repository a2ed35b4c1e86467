/** Koji's tag and build target calls: where builds are built from and where they land. */
package io.containerbuild.hub.admin.tags;
