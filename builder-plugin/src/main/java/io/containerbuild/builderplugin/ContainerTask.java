package io.containerbuild.builderplugin;

import io.containerbuild.builderplugin.hub.BuildTarget;
import io.containerbuild.builderplugin.hub.KojiHub;
import io.containerbuild.builderplugin.hub.PackageWhitelist;
import io.containerbuild.builderplugin.osbs.BuildMonitor;
import io.containerbuild.builderplugin.osbs.BuildStarter;
import io.containerbuild.builderplugin.osbs.ContainerTaskResult;
import io.containerbuild.builderplugin.osbs.OsbsHandle;
import io.containerbuild.builderplugin.osbs.OsbsInstance;
import io.containerbuild.builderplugin.osbs.OsbsProvider;
import io.containerbuild.builderplugin.osbs.OsbsSection;
import io.containerbuild.builderplugin.scm.AllowedScms;
import io.containerbuild.builderplugin.task.TaskLog;
import io.containerbuild.osbs.Osbs;
import io.containerbuild.plugin.builder.TaskContext;
import io.containerbuild.scm.ScmUrl;
import io.containerbuild.task.TaskMethod;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * One running container task and the steps both handlers share (upstream's {@code
 * BaseContainerTask}): the progress log, the hub, the OSBS client of the method's section, and
 * the target, whitelist, owner, SCM and build steps.
 */
final class ContainerTask implements AutoCloseable {

    /** The target as the hub had it at the event the task reads everything at. */
    record PinnedTarget(int eventId, BuildTarget target) {
    }

    private final TaskContext context;
    private final TaskLog log;
    private final KojiHub hub;
    private final OsbsHandle osbs;
    private AllowedScms allowedScms;

    private ContainerTask(TaskContext context, TaskLog log, KojiHub hub, OsbsHandle osbs) {
        this.context = context;
        this.log = log;
        this.hub = hub;
        this.osbs = osbs;
    }

    static ContainerTask open(TaskContext context, TaskMethod method, OsbsSection section, OsbsProvider provider) {
        TaskLog log = new TaskLog(context.output(), BuilderContainerBuildPlugin.NAME + "." + method.methodName(),
                Clock.systemDefaultZone());
        return new ContainerTask(context, log, new KojiHub(context.session()), new OsbsHandle(provider, section, log));
    }

    TaskContext context() {
        return context;
    }

    TaskLog log() {
        return log;
    }

    KojiHub hub() {
        return hub;
    }

    OsbsHandle osbs() {
        return osbs;
    }

    /** @throws io.containerbuild.fault.BuildError {@code Target `<name>` not found} */
    PinnedTarget targetAtLastEvent(String targetName) {
        int eventId = hub.lastEventId();
        return new PinnedTarget(eventId, hub.buildTarget(targetName, eventId));
    }

    void checkWhitelist(BuildTarget target, String packageName) {
        new PackageWhitelist(hub).check(target.destTagName(), packageName);
    }

    String ownerName() {
        String owner = hub.taskOwnerName(context.taskId());
        log.debug("Started by " + owner);
        return owner;
    }

    /**
     * Parses the source and checks it against the daemon's allowed SCMs; upstream does so each
     * time it uses the URL.
     *
     * @throws io.containerbuild.fault.KojiFault GenericError for a malformed URL, BuildError for one
     *     not allowed
     */
    ScmUrl allowedScm(String src) {
        ScmUrl scm = ScmUrl.parse(src);
        if (allowedScms == null) {
            allowedScms = AllowedScms.from(context.daemonOptions(), log);
        }
        allowedScms.check(scm);
        return scm;
    }

    /** Starts the build with the client's {@code method} and follows it to the task result. */
    ContainerTaskResult build(String method, Function<Osbs, String> create, List<String> platforms, boolean scratch) {
        OsbsInstance instance = osbs.get();
        String buildName = BuildStarter.start(method, () -> create.apply(instance.osbs()));
        return new BuildMonitor(hub, log).follow(context, instance.osbs(), buildName, platforms, scratch);
    }

    @Override
    public void close() {
        log.close();
    }
}
