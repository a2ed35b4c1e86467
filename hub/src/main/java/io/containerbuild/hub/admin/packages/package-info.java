/** Koji's package list calls: which packages a tag accepts, which it blocks, and who owns them. */
package io.containerbuild.hub.admin.packages;
