package io.containerbuild.hub.build;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import io.containerbuild.hub.rpc.ExportGroup;

/** The build calls: builds and releases, archives, content-generator import, tagging. */
public final class BuildModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder<ExportGroup> groups = Multibinder.newSetBinder(binder(), ExportGroup.class);
        groups.addBinding().to(BuildApi.class);
        groups.addBinding().to(ArchiveApi.class);
        groups.addBinding().to(ContentGeneratorApi.class);
        groups.addBinding().to(TaggingApi.class);
    }
}
