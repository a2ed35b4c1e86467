/**
 * koji-containerbuild's builder plugin {@code builder_containerbuild}: the {@code buildContainer}
 * and {@code buildSourceContainer} task handlers.
 *
 * <p>The handlers decode the task's parameters once, then run upstream's checks in upstream's
 * order with small collaborators: {@code hub} (typed hub calls, the destination tag's package list,
 * NVR uniqueness, the image build of a source container), {@code scm} (allowed SCMs and the JGit
 * checkout of the Dockerfile), {@code dockerfile} (final-stage labels, required labels, the tag
 * guard), {@code osbs} (the OSBS client seam, the request, following the build and its logs, the
 * result) and {@code task} (the {@code osbs-client.log} progress log, option rules).
 *
 * <p>The host binds {@link io.containerbuild.builderplugin.osbs.OsbsProvider}; the plugin binds the
 * handlers and the production {@link io.containerbuild.builderplugin.scm.GitRemote}.
 */
package io.containerbuild.builderplugin;
