package io.containerbuild.clientplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The observed call sequence of koji-plugin-api.md §7, to compare a stand-in hub's record with. */
final class CallSequence {

    static final String SCM = "git://git.example.com/app#0123abc";

    private CallSequence() {
    }

    /** One expected request: method, params, and the call number (null: sent without session headers). */
    static Map<String, Object> call(Integer callnum, String method, Object... params) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("method", method);
        call.put("params", Arrays.asList(params));
        call.put("callnum", callnum == null ? null : callnum.toString());
        call.put("session", callnum == null ? null : "107/107-key");
        return call;
    }

    static Map<String, Object> keywords(Object... pairs) {
        Map<String, Object> keywords = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            keywords.put((String) pairs[i], pairs[i + 1]);
        }
        keywords.put("__starstar", Boolean.TRUE);
        return keywords;
    }

    /** §7, password login, the task seen OPEN on the first poll and CLOSED on the second. */
    static List<Map<String, Object>> succeedingBuild(Map<String, Object> opts) {
        List<Map<String, Object>> calls = new ArrayList<>(submission(opts));
        calls.addAll(List.of(
                call(null, "getTaskInfo", 4242, keywords("request", true)),
                call(null, "getHost", 7),
                call(null, "getTaskChildren", 4242),
                call(null, "getTaskInfo", 4242, keywords("request", true)),
                call(null, "getHost", 7),
                call(null, "getTaskChildren", 4242),
                call(null, "getTaskResult", 4242)));
        return calls;
    }

    /** Login, API version, target, tag, submission, logout. */
    static List<Map<String, Object>> submission(Map<String, Object> opts) {
        return List.of(
                call(null, "login", "alice", "secret", keywords("opts", null)),
                call(0, "getAPIVersion"),
                call(1, "getBuildTarget", "tgt"),
                call(2, "getTag", 11),
                call(3, "buildContainer", SCM, "tgt", opts, keywords("priority", null)),
                call(4, "logout", keywords("session_id", null)));
    }

    /** The recorded requests in the shape of {@link #call}. */
    static List<Map<String, Object>> observed(List<Map<String, Object>> requests) {
        List<Map<String, Object>> calls = new ArrayList<>();
        for (Map<String, Object> request : requests) {
            Map<String, Object> call = new LinkedHashMap<>();
            call.put("method", request.get("method"));
            call.put("params", request.get("params"));
            call.put("callnum", request.get("callnum"));
            call.put("session", request.get("session_id") == null ? null
                    : request.get("session_id") + "/" + request.get("session_key"));
            calls.add(call);
        }
        return calls;
    }

    static void assertSequence(List<Map<String, Object>> expected, List<Map<String, Object>> requests) {
        List<Map<String, Object>> observed = observed(requests);
        assertEquals(expected.size(), observed.size(), () -> "calls differ:\nexpected " + expected + "\nobserved " + observed);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), observed.get(i), "call " + (i + 1));
        }
    }
}
