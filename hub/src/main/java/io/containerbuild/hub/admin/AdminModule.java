package io.containerbuild.hub.admin;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import io.containerbuild.hub.admin.hosts.ChannelApi;
import io.containerbuild.hub.admin.hosts.HostAdminApi;
import io.containerbuild.hub.admin.packages.PackageListApi;
import io.containerbuild.hub.admin.tags.TagApi;
import io.containerbuild.hub.admin.tags.TargetApi;
import io.containerbuild.hub.admin.users.UsersAndPermissionsApi;
import io.containerbuild.hub.rpc.ExportGroup;

/** Adds the administration API's method groups to the hub's core groups. */
public final class AdminModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder<ExportGroup> core = Multibinder.newSetBinder(binder(), ExportGroup.class);
        core.addBinding().to(UsersAndPermissionsApi.class);
        core.addBinding().to(ChannelApi.class);
        core.addBinding().to(HostAdminApi.class);
        core.addBinding().to(TagApi.class);
        core.addBinding().to(TargetApi.class);
        core.addBinding().to(PackageListApi.class);
    }
}
