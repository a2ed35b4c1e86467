package io.containerbuild.kojid;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import io.containerbuild.plugin.builder.BuilderPlugin;
import io.containerbuild.plugin.builder.TaskHandler;

/**
 * A builder plugin for tests that start the real {@code kojid} process: its {@code sleepTask} sleeps until
 * interrupted. Found through {@code META-INF/services} on the test class path, enabled by its name.
 */
public final class SleeperPlugin implements BuilderPlugin {
    static final String NAME = "kojid_test_sleeper";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Module module() {
        return new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), TaskHandler.class).addBinding().toInstance(
                        ScriptedHandler.of("sleepTask", (context, arguments) -> {
                            Thread.sleep(Long.MAX_VALUE);
                            return null;
                        }));
            }
        };
    }
}
