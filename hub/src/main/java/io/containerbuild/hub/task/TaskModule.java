package io.containerbuild.hub.task;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import io.containerbuild.hub.host.HostApi;
import io.containerbuild.hub.host.SchedulerSettings;
import io.containerbuild.hub.http.RawUploadReceiver;
import io.containerbuild.hub.rpc.ExportGroup;
import io.containerbuild.hub.upload.RawUploadEndpoint;
import io.containerbuild.hub.upload.UploadApi;

/** Tasks, the host API with its scheduler, and uploads: the calls builders and task watchers make. */
public final class TaskModule extends AbstractModule {
    private final SchedulerSettings scheduler;

    public TaskModule() {
        this(SchedulerSettings.kojiDefaults());
    }

    public TaskModule(SchedulerSettings scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    protected void configure() {
        bind(SchedulerSettings.class).toInstance(scheduler);
        bind(RawUploadReceiver.class).to(RawUploadEndpoint.class);
        Multibinder<ExportGroup> groups = Multibinder.newSetBinder(binder(), ExportGroup.class);
        groups.addBinding().to(TaskApi.class);
        groups.addBinding().to(HostApi.class);
        groups.addBinding().to(UploadApi.class);
    }
}
