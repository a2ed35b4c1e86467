/**
 * Koji's build calls: {@code getBuild}, {@code listBuilds}, {@code getNextRelease},
 * {@code listArchives}, the content-generator calls ({@code CGInitBuild}, {@code CGImport},
 * {@code CGRefundBuild}, {@code grantCGAccess}, {@code revokeCGAccess}) and {@code tagBuild} /
 * {@code listTagged}, with Koji's names, arguments, record shapes and refusal texts.
 *
 * <h2>Where this hub differs from Koji, on purpose</h2>
 * <ul>
 *   <li><b>tagBuild</b> tags within the call instead of in a task. Koji's clients wait for the task
 *       whose id {@code tagBuild} answers, so the hub records a {@code tagBuild} task that is already
 *       CLOSED with a nil result and answers its id ({@link io.containerbuild.hub.build.FinishedTasks}).
 *   <li><b>Tag policy.</b> Koji leaves tagging into a tag without a permission to its hub policy; this
 *       hub has none and asks for the {@code tag} permission instead (admin stands in). A tag's own
 *       permission, a locked tag and the package list work as in Koji.
 *   <li><b>CGImport's files.</b> As in Koji, every output's file must be uploaded to the import's
 *       directory with the size and md5/sha256 checksum the metadata gives; an output marked
 *       {@code metadata_only} needs none (atomic-reactor 2.x uploads a small README tarball per
 *       image, which is checked like any file). Files are copied, not moved, into Koji's layout
 *       under {@code packages/} once the call has committed, so a refused import writes nothing.
 *   <li><b>CGImport without a reservation</b> follows the store's NVR rule: a COMPLETE, BUILDING or
 *       DELETED build of the NVR is refused ({@code Build already exists (id=N, state=S): NVR}), a
 *       FAILED or CANCELED one is taken over. Koji refuses every existing NVR there. The build's
 *       completion time is the import's time (Koji takes {@code end_time} for a new build).
 *   <li><b>Metadata problems</b> are collected and refused together in one ParameterError naming
 *       each by its path; problems with uploads are BuildErrors; Koji's own texts are kept for
 *       reservations, access and lookups.
 *   <li><b>Output components</b> are kept in the archive's {@code extra.components}; Koji matches
 *       them against its RPM table, which this hub does not have. Logs are files, not archives, as
 *       in Koji; {@code rpm}, {@code maven} and {@code win} outputs are refused.
 *   <li><b>Build types.</b> A build "is of type" {@code image} (for {@code listBuilds(type=)} and
 *       {@code listTagged(type=)}) when it has an archive of that type; the store keeps no
 *       per-build type table.
 * </ul>
 *
 * <h2>Setting up a content generator's account</h2>
 * An admin lets the osbs-client's account import as {@code atomic-reactor}, creating the generator
 * on first use, and lets it tag into the destination tag, whose package list must hold the
 * component:
 * <pre>
 * koji grant-cg-access osbs atomic-reactor --new     # grantCGAccess('osbs', 'atomic-reactor', create=True)
 * koji grant-permission tag osbs                     # or give the tag a permission and grant that one
 * koji add-pkg --owner osbs containers-candidate app-container
 * </pre>
 * {@code revokeCGAccess(user, cg)} takes the right away again. Only users granted a generator may
 * act as it; the {@code admin} permission does not stand in, as in Koji.
 *
 * <p>Where the store has no method, {@link io.containerbuild.hub.build.DirectSql} runs plain SQL in
 * the call's transaction: searches that answer ids (records are then read through the store), a
 * build's owner change on a reserved import, and closing the recorded {@code tagBuild} task.
 */
package io.containerbuild.hub.build;
