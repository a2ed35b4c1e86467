/** Koji's user and permission calls: who may log in, and what they may do. */
package io.containerbuild.hub.admin.users;
