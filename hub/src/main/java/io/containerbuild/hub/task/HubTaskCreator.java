package io.containerbuild.hub.task;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.hub.rpc.AfterCommit;
import io.containerbuild.hub.store.Channel;
import io.containerbuild.hub.store.Store;
import io.containerbuild.plugin.hub.Caller;
import io.containerbuild.plugin.hub.CallerUser;
import io.containerbuild.plugin.hub.NewTask;
import io.containerbuild.plugin.hub.TaskCreator;
import io.containerbuild.wire.WireCodec;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;

/**
 * Koji's {@code make_task} for top-level tasks: the caller owns the task, a requested channel must
 * exist and be enabled, otherwise the task goes to {@code default}; the request is stored as a
 * complete {@code methodCall} document, as Koji stores it.
 */
public final class HubTaskCreator implements TaskCreator {
    static final String DEFAULT_CHANNEL = "default";

    private final Store store;
    private final WireCodec codec;
    private final AfterCommit afterCommit;
    private final TaskBell bell;

    @Inject
    public HubTaskCreator(Store store, WireCodec codec, AfterCommit afterCommit, TaskBell bell) {
        this.store = store;
        this.codec = codec;
        this.afterCommit = afterCommit;
        this.bell = bell;
    }

    @Override
    public int createTask(Caller owner, NewTask task) {
        CallerUser user = owner.user().orElseThrow(() -> new KojiFault(FaultCode.GENERIC_ERROR, "task must have an owner"));
        Channel channel = channel(task);
        String request = new String(codec.encodeCall(task.method(), task.arguments()), StandardCharsets.UTF_8);
        int id = store.tasks().create(io.containerbuild.hub.store.NewTask.of(task.method(), request, user.id(), channel.id())
                .withArch(task.arch()).withPriority(task.priority())).id();
        afterCommit.register(bell::ring);
        return id;
    }

    private Channel channel(NewTask task) {
        if (task.channel().isEmpty()) {
            return store.channels().getByName(DEFAULT_CHANNEL)
                    .orElseThrow(() -> new KojiFault(FaultCode.GENERIC_ERROR, "No such channel: " + DEFAULT_CHANNEL));
        }
        String name = task.channel().get();
        Channel channel = store.channels().getByName(name)
                .orElseThrow(() -> new KojiFault(FaultCode.GENERIC_ERROR, "No such channel: " + name));
        if (!channel.enabled()) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "Channel " + name + " is disabled.");
        }
        return channel;
    }
}
