/**
 * The hub's administration API, with Koji's names, arguments, permissions, records and fault texts:
 * users and permissions ({@code users}), channels and build hosts ({@code hosts}), tags and build
 * targets ({@code tags}), and tags' package lists ({@code packages}). This package holds what they
 * share: reading Koji's info arguments ({@link io.containerbuild.hub.admin.NameOrId},
 * {@link io.containerbuild.hub.admin.Lookup}), name checks, {@code queryOpts}, and Python's way of
 * writing values into messages. {@link io.containerbuild.hub.admin.AdminModule} binds the groups.
 *
 * <p>Where this hub differs from upstream by design: there is no tag inheritance and no history
 * to query by event (an {@code event} argument reads the current state), no Kerberos principals,
 * and {@code createUser} and {@code addHost} take a {@code password} keyword for password logins.
 */
package io.containerbuild.hub.admin;
