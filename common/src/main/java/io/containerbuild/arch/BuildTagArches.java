package io.containerbuild.arch;

import io.containerbuild.fault.BuildError;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The arches of a target's build tag (Koji's {@code getBuildConfig}) and the platform selection
 * koji-containerbuild makes from them ({@code getArchList}).
 *
 * @param tagName the build tag's name, for error messages
 * @param tagId the build tag's id, for error messages
 * @param arches the tag's space-separated arches as Koji stores them; null or empty when none
 */
public record BuildTagArches(String tagName, int tagId, String arches) {

    /**
     * The platforms to build, in request order without duplicates. Each candidate (the tag's arches,
     * or the override's when one applies) is kept if it is {@code noarch} or its canonical form is
     * one of the tag's canonical arches; the candidate keeps its own spelling.
     *
     * @param archOverride the {@code arch_override} option; null or empty means none. A non-empty
     *     override made only of spaces is still an override, and selects nothing (as upstream)
     * @param overrideAllowed whether the build is scratch or isolated
     * @throws BuildError {@code No arches for tag <name> [<id>]}, then
     *     {@code arch-override is only allowed for isolated or scratch builds}, then
     *     {@code No matching arches were found}, checked in that order
     */
    public List<String> platforms(String archOverride, boolean overrideAllowed) {
        if (arches == null || arches.isEmpty()) {
            throw new BuildError("No arches for tag " + tagName + " [" + tagId + "]");
        }
        Set<String> tagCanonical = new LinkedHashSet<>();
        for (String arch : Arches.split(arches)) {
            tagCanonical.add(Arches.canonical(arch));
        }
        List<String> candidates = Arches.split(arches);
        boolean hasOverride = archOverride != null && !archOverride.isEmpty();
        if (hasOverride) {
            if (!overrideAllowed) {
                throw new BuildError("arch-override is only allowed for isolated or scratch builds");
            }
            candidates = Arches.split(archOverride);
        }
        Set<String> selected = new LinkedHashSet<>();
        for (String candidate : candidates) {
            if (candidate.equals(Arches.NOARCH) || tagCanonical.contains(Arches.canonical(candidate))) {
                selected.add(candidate);
            }
        }
        if (selected.isEmpty()) {
            throw new BuildError("No matching arches were found");
        }
        return List.copyOf(selected);
    }
}
