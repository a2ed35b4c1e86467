package io.containerbuild.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskStateTest {

    @ParameterizedTest
    @CsvSource({"FREE,0", "OPEN,1", "CLOSED,2", "CANCELED,3", "ASSIGNED,4", "FAILED,5"})
    void codesAreKojis(TaskState state, int code) {
        assertEquals(code, state.code());
        assertEquals(state, TaskState.fromCode(code));
    }

    @ParameterizedTest
    @EnumSource(value = TaskState.class, names = {"CLOSED", "CANCELED", "FAILED"})
    void finishedStates(TaskState state) {
        assertTrue(state.isFinished());
    }

    @ParameterizedTest
    @EnumSource(value = TaskState.class, names = {"FREE", "OPEN", "ASSIGNED"})
    void unfinishedStates(TaskState state) {
        assertFalse(state.isFinished());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 6, 99})
    void unknownCodeIsRejected(int code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TaskState.fromCode(code));
        assertEquals("Unknown task state code: " + code, e.getMessage());
    }
}
