package io.containerbuild.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskMethodTest {

    @Test
    void binaryBuildsUseTheContainerBinaryChannel() {
        assertEquals("buildContainer", TaskMethod.BUILD_CONTAINER.methodName());
        assertEquals("container-binary", TaskMethod.BUILD_CONTAINER.defaultChannel());
        assertEquals(2.0, TaskMethod.BUILD_CONTAINER.weight());
    }

    @Test
    void sourceBuildsUseTheContainerSourceChannel() {
        assertEquals("buildSourceContainer", TaskMethod.BUILD_SOURCE_CONTAINER.methodName());
        assertEquals("container-source", TaskMethod.BUILD_SOURCE_CONTAINER.defaultChannel());
        assertEquals(2.0, TaskMethod.BUILD_SOURCE_CONTAINER.weight());
    }

    @Test
    void lookupByWireName() {
        assertEquals(Optional.of(TaskMethod.BUILD_CONTAINER), TaskMethod.fromMethodName("buildContainer"));
        assertEquals(Optional.of(TaskMethod.BUILD_SOURCE_CONTAINER), TaskMethod.fromMethodName("buildSourceContainer"));
        assertTrue(TaskMethod.fromMethodName("buildcontainer").isEmpty());
        assertTrue(TaskMethod.fromMethodName("build").isEmpty());
    }

    @Test
    void priorityIsRelativeToKojisDefault() {
        assertEquals(20, TaskPriority.DEFAULT);
        assertEquals(25, TaskPriority.fromOffset(TaskPriority.BACKGROUND_OFFSET));
        assertEquals(19, TaskPriority.fromOffset(-1));
        assertEquals(20, TaskPriority.fromOffset(0));
    }
}
