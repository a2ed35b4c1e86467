package io.containerbuild.osbs.naming;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tags one image gets, by category (atomic-reactor's {@code tag_from_config}, §5.2): the unique
 * tag always; the primary {@code {version}-{release}} for every build but scratch ones; floating
 * tags ({@code latest}, {@code {version}} and the {@code additional-tags}, or {@code container.yaml}'s
 * {@code tags} instead) for regular builds only. A tag appears once, in its first category.
 */
public record TagPlan(List<String> unique, List<String> primary, List<String> floating) {

    /** A valid tag: what the registry accepts, and osbs-client's additional-tag rule. */
    public static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    public TagPlan {
        unique = List.copyOf(unique);
        primary = List.copyOf(primary);
        floating = List.copyOf(floating);
    }

    /**
     * @param labels the final labels, for {@code {label}} placeholders ({@code version} and
     *     {@code release} among them)
     * @param floatingTemplates {@code container.yaml}'s {@code tags} when it has them, else
     *     {@code latest}, {@code {version}} and the additional tags
     * @param warnings told about every tag that was dropped, and why
     */
    public static TagPlan plan(BuildKind kind, String uniqueTag, Map<String, String> labels,
                               List<String> floatingTemplates, Consumer<String> warnings) {
        Objects.requireNonNull(uniqueTag, "uniqueTag");
        Set<String> seen = new LinkedHashSet<>();
        List<String> unique = accept(List.of(uniqueTag), labels, seen, warnings);
        List<String> primary = kind == BuildKind.SCRATCH ? List.of()
                : accept(List.of("{version}-{release}"), labels, seen, warnings);
        List<String> floating = kind == BuildKind.REGULAR ? accept(floatingTemplates, labels, seen, warnings) : List.of();
        return new TagPlan(unique, primary, floating);
    }

    /** The floating templates osbs uses when {@code container.yaml} names none. */
    public static List<String> defaultFloating(List<String> additionalTags) {
        List<String> templates = new ArrayList<>(List.of("latest", "{version}"));
        templates.addAll(additionalTags);
        return templates;
    }

    /** Every tag, primary, unique, then floating: the order the results list them in. */
    public List<String> all() {
        List<String> all = new ArrayList<>(primary);
        all.addAll(unique);
        all.addAll(floating);
        return all;
    }

    private static List<String> accept(List<String> templates, Map<String, String> labels, Set<String> seen,
                                       Consumer<String> warnings) {
        List<String> tags = new ArrayList<>();
        for (String template : templates) {
            String tag = render(template, labels);
            if (tag == null) {
                warnings.accept("tag '" + template + "' refers to a label the image does not have; it is not applied");
            } else if (!TAG.matcher(tag).matches()) {
                warnings.accept("tag '" + tag + "' is not a valid tag (" + TAG.pattern() + "); it is not applied");
            } else if (seen.add(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** The template with {@code {label}} replaced, or null when a label is missing. */
    static String render(String template, Map<String, String> labels) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = labels.get(matcher.group(1));
            if (value == null) {
                return null;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
