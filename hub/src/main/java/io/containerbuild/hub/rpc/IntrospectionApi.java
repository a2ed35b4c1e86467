package io.containerbuild.hub.rpc;

import io.containerbuild.hub.store.Event;
import io.containerbuild.hub.store.Store;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.wire.Signature;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The calls clients make to learn about the hub: versions, greetings, the method list, the last event. */
public final class IntrospectionApi implements ExportGroup {
    /** The Koji release whose API this hub speaks; clients parse it as dotted integers. */
    public static final String KOJI_VERSION = "1.35.3";
    /** {@code koji.API_VERSION}: the CLI warns when the hub answers anything else. */
    public static final int API_VERSION = 1;

    private final Store store;
    private final Provider<ExportRegistry> registry;

    /** The registry is built from the groups, this one included, so it is looked up lazily. */
    @Inject
    public IntrospectionApi(Store store, Provider<ExportRegistry> registry) {
        this.store = store;
        this.registry = registry;
    }

    @Override
    public List<HubExport> exports() {
        return List.of(
                new Export(Signature.builder("getAPIVersion").build(), (caller, args) -> API_VERSION),
                new Export(Signature.builder("getKojiVersion").build(), (caller, args) -> KOJI_VERSION),
                new Export(Signature.builder("hello").varargs("args").build(), (caller, args) -> "Hello World"),
                new Export(Signature.builder("echo").varargs("args").build(), (caller, args) -> args.varargs()),
                new Export(Signature.builder("getLastEvent").optional("before", null).build(),
                        (caller, args) -> event(store.events().last())),
                new Export(Signature.builder("system.listMethods").build(),
                        (caller, args) -> withMulticall(new ArrayList<>(registry.get().names()))),
                new Export(Signature.builder("system.methodSignature").required("method").build(),
                        (caller, args) -> "signatures not supported"),
                new Export(Signature.builder("system.methodHelp").required("method").build(),
                        (caller, args) -> registry.get().find(args.string("method"))
                                .map(export -> export.signature().toString()).orElse("")),
                new Export(Signature.builder("_listapi").build(), (caller, args) -> listApi()));
    }

    private static List<String> withMulticall(List<String> names) {
        names.add("multiCall");
        names.add("system.multicall");
        names.sort(null);
        return names;
    }

    private List<Map<String, Object>> listApi() {
        List<Map<String, Object>> api = new ArrayList<>();
        for (HubExport export : registry.get().all()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", export.signature().name());
            entry.put("doc", null);
            entry.put("argdesc", export.signature().toString().substring(export.signature().name().length()));
            entry.put("args", export.signature().parameterNames());
            api.add(entry);
        }
        return api;
    }

    static Map<String, Object> event(Event event) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", event.id());
        record.put("ts", KojiTimes.ts(event.time()));
        return record;
    }
}
