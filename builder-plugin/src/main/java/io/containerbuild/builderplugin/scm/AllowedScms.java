package io.containerbuild.builderplugin.scm;

import io.containerbuild.builderplugin.task.TaskLog;
import io.containerbuild.config.IniSection;
import io.containerbuild.fault.BuildError;
import io.containerbuild.fault.ConfigurationError;
import io.containerbuild.scm.ScmUrl;
import java.util.List;
import java.util.Objects;
import java.util.regex.PatternSyntaxException;

/**
 * The daemon's list of SCMs it may build from, Koji's {@code SCM.assert_allowed}: checked every
 * time an SCM URL is used, before anything is fetched from it.
 *
 * <p>{@code allowed_scms} holds space-separated {@code host:repository} glob pairs (further
 * {@code :use_common:source_cmd} fields are Koji's and ignored here); the first pair that matches
 * decides, and a pair whose host begins with {@code !} denies. With no match, or an empty list, the
 * SCM is refused, as in Koji. {@code allowed_scms_use_config} (default true) turns the list on.
 *
 * <p>{@code allowed_scms_use_policy} asks Koji's hub to evaluate its {@code build_from_scm} policy.
 * This system's hub has no policy engine, so a builder configured that way refuses every build
 * with a ConfigurationError that says so, rather than quietly skipping a check the administrator
 * asked for.
 */
public final class AllowedScms {

    static final String ALLOWED_SCMS = "allowed_scms";
    static final String USE_CONFIG = "allowed_scms_use_config";
    static final String USE_POLICY = "allowed_scms_use_policy";

    private record Entry(Glob host, Glob repository, boolean deny) {
    }

    private final List<Entry> entries;
    private final boolean useConfig;
    private final boolean usePolicy;

    private AllowedScms(List<Entry> entries, boolean useConfig, boolean usePolicy) {
        this.entries = entries;
        this.useConfig = useConfig;
        this.usePolicy = usePolicy;
    }

    /** Reads the {@code [kojid]} options; malformed entries are logged and skipped, as Koji does. */
    public static AllowedScms from(IniSection kojid, TaskLog log) {
        List<Entry> entries = kojid.list(ALLOWED_SCMS).stream()
                .map(text -> parse(text, log))
                .filter(Objects::nonNull)
                .toList();
        return new AllowedScms(entries, kojid.bool(USE_CONFIG, true), kojid.bool(USE_POLICY, false));
    }

    /**
     * @throws BuildError {@code <host>:<repository> is not in the list of allowed SCMs}
     * @throws ConfigurationError when the policy check is asked for
     */
    public void check(ScmUrl scm) {
        if (useConfig && !allowedByConfig(scm)) {
            throw new BuildError(scm.host() + ":" + scm.repository() + " is not in the list of allowed SCMs");
        }
        if (usePolicy) {
            throw new ConfigurationError(USE_POLICY + " is set, but this hub has no build_from_scm policy to "
                    + "evaluate; list the SCMs in " + ALLOWED_SCMS + " and set " + USE_POLICY + " = false");
        }
    }

    private boolean allowedByConfig(ScmUrl scm) {
        for (Entry entry : entries) {
            if (entry.host().matches(scm.host()) && entry.repository().matches(scm.repository())) {
                return !entry.deny();
            }
        }
        return false;
    }

    private static Entry parse(String text, TaskLog log) {
        String[] fields = text.split(":", -1);
        if (fields.length < 2) {
            log.warning("Ignoring incorrectly formatted SCM host:repository: " + text);
            return null;
        }
        boolean deny = fields[0].startsWith("!");
        String host = deny ? fields[0].substring(1) : fields[0];
        try {
            return new Entry(Glob.of(host), Glob.of(fields[1]), deny);
        } catch (PatternSyntaxException e) {
            log.warning("Ignoring incorrectly formatted SCM host:repository: " + text);
            return null;
        }
    }
}
