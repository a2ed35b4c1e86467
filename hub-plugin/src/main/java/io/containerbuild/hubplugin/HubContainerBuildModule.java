package io.containerbuild.hubplugin;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import io.containerbuild.plugin.hub.HubExport;

/** Binds the buildContainer and buildSourceContainer exports into the host; the host provides the TaskCreator. */
public final class HubContainerBuildModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder<HubExport> exports = Multibinder.newSetBinder(binder(), HubExport.class);
        exports.addBinding().to(BuildContainerExport.class);
        exports.addBinding().to(BuildSourceContainerExport.class);
    }
}
