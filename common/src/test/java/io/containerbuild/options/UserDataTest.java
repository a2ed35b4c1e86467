package io.containerbuild.options;

import static io.containerbuild.options.Wire.array;
import static io.containerbuild.options.Wire.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserDataTest {

    @Test
    void isADeepImmutableCopy() {
        List<Object> list = array(1, "x");
        Map<String, Object> nested = struct("list", list);
        Map<String, Object> source = struct("nested", nested, "n", null);
        UserData userData = UserData.of(source);

        list.add("later");
        nested.put("later", true);
        source.put("later", 1);

        assertEquals(struct("nested", struct("list", array(1, "x")), "n", null), userData.asMap());
        assertThrows(UnsupportedOperationException.class, () -> userData.asMap().put("k", "v"));
        @SuppressWarnings("unchecked")
        Map<String, Object> copiedNested = (Map<String, Object>) userData.asMap().get("nested");
        assertThrows(UnsupportedOperationException.class, () -> copiedNested.put("k", "v"));
        @SuppressWarnings("unchecked")
        List<Object> copiedList = (List<Object>) copiedNested.get("list");
        assertThrows(UnsupportedOperationException.class, () -> copiedList.add("v"));
    }

    @Test
    void keepsInsertionOrder() {
        Map<String, Object> source = struct("z", 1, "a", 2, "m", 3);
        assertEquals(List.of("z", "a", "m"), new ArrayList<>(UserData.of(source).asMap().keySet()));
    }

    @Test
    void acceptsEveryWireScalar() {
        UserData userData = UserData.of(struct("s", "x", "b", true, "i", 1, "l", 5_000_000_000L, "d", 1.5, "n", null));
        assertEquals(6, userData.asMap().size());
    }

    @Test
    void rejectsWhatTheWireCannotCarry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UserData.of(struct("a", array(struct("b", new Object())))));
        assertEquals("value at ['a'][0]['b'] has unsupported type java.lang.Object", e.getMessage());

        Map<Object, Object> nonStringKey = new HashMap<>();
        nonStringKey.put(1, "x");
        assertEquals("key 1 at the top level is not a string",
                assertThrows(IllegalArgumentException.class, () -> UserData.of(nonStringKey)).getMessage());
    }

    @Test
    void equalityIsByContent() {
        assertEquals(UserData.of(struct("a", 1, "b", 2)), UserData.of(struct("b", 2, "a", 1)));
        assertEquals(UserData.of(struct("a", 1)).hashCode(), UserData.of(struct("a", 1)).hashCode());
        assertNotEquals(UserData.of(struct("a", 1)), UserData.of(struct("a", 2)));
        assertEquals(UserData.empty(), UserData.of(struct()));
    }

    @Test
    void emptiness() {
        assertTrue(UserData.empty().isEmpty());
        assertFalse(UserData.of(struct("a", null)).isEmpty());
    }

    @Test
    void printsLikePython() {
        assertEquals("{'custom': 'value', 'n': None, 'list': [1, True]}",
                UserData.of(struct("custom", "value", "n", null, "list", array(1, true))).toString());
    }
}
