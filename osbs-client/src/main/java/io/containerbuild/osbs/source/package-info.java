/** Git checkouts through JGit, never a shell: the only package of this module that imports {@code org.eclipse.jgit}. */
package io.containerbuild.osbs.source;
