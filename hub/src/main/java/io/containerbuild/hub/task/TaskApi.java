package io.containerbuild.hub.task;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.rpc.Export;
import io.containerbuild.hub.rpc.ExportGroup;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.rpc.KojiTimes;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.Task;
import io.containerbuild.hub.store.TaskResult;
import io.containerbuild.hub.upload.WorkTree;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.task.TaskState;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Koji's task calls for clients: reading tasks, their requests, results and children, listing,
 * cancelling, and reading what a task left in its output directory. Reads need no login.
 */
public final class TaskApi implements ExportGroup {
    private final Store store;
    private final TaskDocuments documents;
    private final TaskListing listing;
    private final TaskCancellation cancellation;
    private final TaskOutput output;

    @Inject
    public TaskApi(Store store, TaskDocuments documents, TaskListing listing, TaskCancellation cancellation,
                   TaskOutput output) {
        this.store = store;
        this.documents = documents;
        this.listing = listing;
        this.cancellation = cancellation;
        this.output = output;
    }

    @Override
    public List<HubExport> exports() {
        return List.of(
                new Export(Signature.builder("getTaskInfo").required("task_id").optional("request", false)
                        .optional("strict", false).build(), this::getTaskInfo),
                new Export(Signature.builder("getTaskRequest").required("taskId").build(), this::getTaskRequest),
                new Export(Signature.builder("getTaskResult").required("taskId").optional("raise_fault", true)
                        .build(), this::getTaskResult),
                new Export(Signature.builder("getTaskChildren").required("task_id").optional("request", false)
                        .optional("strict", false).build(), this::getTaskChildren),
                new Export(Signature.builder("listTasks").optional("opts", null).optional("queryOpts", null).build(),
                        this::listTasks),
                new Export(Signature.builder("taskFinished").required("taskId").build(), this::taskFinished),
                new Export(Signature.builder("cancelTask").required("task_id").optional("recurse", true).build(),
                        this::cancelTask),
                new Export(Signature.builder("listTaskOutput").required("taskID").optional("stat", false)
                        .optional("all_volumes", false).optional("strict", false).build(), this::listTaskOutput),
                new Export(Signature.builder("downloadTaskOutput").required("taskID", "fileName")
                        .optional("offset", 0).optional("size", -1).optional("volume", null).build(),
                        this::downloadTaskOutput));
    }

    private Object getTaskInfo(HubCaller caller, Arguments args) {
        boolean request = args.bool("request");
        if (args.raw("task_id") instanceof List<?> ids) {
            // as upstream: strict is not passed on to the ids of a list
            List<Object> records = new ArrayList<>(ids.size());
            ids.forEach(id -> records.add(info(taskId(id), request, false)));
            return records;
        }
        return info(args.integer("task_id"), request, args.bool("strict"));
    }

    private Map<String, Object> info(int taskId, boolean request, boolean strict) {
        if (!request) {
            return store.tasks().get(taskId).map(TaskRecords::toWire).orElseGet(() -> absent(taskId, strict));
        }
        return store.tasks().getWithRequest(taskId)
                .map(found -> TaskRecords.withRequest(found.task(), documents.requestParams(found.request())))
                .orElseGet(() -> absent(taskId, strict));
    }

    private static Map<String, Object> absent(int taskId, boolean strict) {
        if (strict) {
            throw noSuchTask(taskId);
        }
        return null;
    }

    private Object getTaskRequest(HubCaller caller, Arguments args) {
        int taskId = args.integer("taskId");
        return documents.requestParams(store.tasks().request(taskId).orElseThrow(() -> noSuchTask(taskId)));
    }

    private Object getTaskResult(HubCaller caller, Arguments args) {
        int taskId = args.integer("taskId");
        TaskResult result = store.tasks().result(taskId)
                .orElseThrow(() -> new KojiFault(FaultCode.GENERIC_ERROR, "No such task"));
        if (result.state() == TaskState.CANCELED) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "Task " + taskId + " is canceled");
        }
        if (!result.state().isFinished() || result.result() == null) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "Task " + taskId + " is not finished");
        }
        return args.bool("raise_fault") ? documents.result(result.result())
                : documents.resultOrFaultStruct(result.result());
    }

    private Object getTaskChildren(HubCaller caller, Arguments args) {
        int taskId = args.integer("task_id");
        if (args.bool("strict") && store.tasks().get(taskId).isEmpty()) {
            throw noSuchTask(taskId);
        }
        boolean request = args.bool("request");
        List<Object> children = new ArrayList<>();
        for (Task child : store.tasks().children(taskId)) {
            children.add(request ? info(child.id(), true, false) : TaskRecords.toWire(child));
        }
        return children;
    }

    private Object listTasks(HubCaller caller, Arguments args) {
        Map<String, Object> opts = args.optionalMap("opts").orElse(Map.of());
        Map<String, Object> queryOpts = args.optionalMap("queryOpts").orElse(Map.of());
        return listing.list(TaskListRequest.parse(opts, queryOpts));
    }

    private Object taskFinished(HubCaller caller, Arguments args) {
        int taskId = args.integer("taskId");
        return store.tasks().get(taskId).orElseThrow(() -> noSuchTask(taskId)).state().isFinished();
    }

    private Object cancelTask(HubCaller caller, Arguments args) {
        cancellation.cancel(caller, args.integer("task_id"), args.bool("recurse"));
        return null;
    }

    private Object listTaskOutput(HubCaller caller, Arguments args) {
        int taskId = args.integer("taskID");
        if (args.bool("strict") && store.tasks().get(taskId).isEmpty()) {
            throw noSuchTask(taskId);
        }
        boolean stat = args.bool("stat");
        boolean allVolumes = args.bool("all_volumes");
        List<TaskOutput.OutputFile> files = output.list(taskId);
        if (!stat && !allVolumes) {
            return files.stream().map(TaskOutput.OutputFile::name).toList();
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        for (TaskOutput.OutputFile file : files) {
            Object entry = stat ? statOf(file) : List.of(WorkTree.DEFAULT_VOLUME);
            answer.put(file.name(), allVolumes && stat ? Map.of(WorkTree.DEFAULT_VOLUME, entry) : entry);
        }
        return answer;
    }

    /** Python's {@code os.stat} fields that Koji passes on; the size is a string, as xmlrpc ints are 32-bit. */
    private static Map<String, Object> statOf(TaskOutput.OutputFile file) {
        Map<String, Object> stat = new LinkedHashMap<>();
        stat.put("st_atime", KojiTimes.ts(file.accessed()));
        stat.put("st_ctime", KojiTimes.ts(file.changed()));
        stat.put("st_mtime", KojiTimes.ts(file.modified()));
        stat.put("st_size", Long.toString(file.size()));
        return stat;
    }

    private Object downloadTaskOutput(HubCaller caller, Arguments args) {
        WorkTree.requireKnownVolume(args.optionalString("volume").orElse(null));
        byte[] bytes = output.read(args.integer("taskID"), args.string("fileName"), wholeNumber(args, "offset"),
                wholeNumber(args, "size"));
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Koji's {@code convert_value(cast=int)}: clients send large offsets as strings. */
    private static long wholeNumber(Arguments args, String name) {
        Object value = args.raw(name);
        if (value instanceof String text) {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw new ParameterError("Invalid value for " + name + ": " + text);
            }
        }
        return args.longValue(name);
    }

    private static int taskId(Object value) {
        if (value instanceof Integer id) {
            return id;
        }
        if (value instanceof Long id && id == id.intValue()) {
            return id.intValue();
        }
        throw new ParameterError("getTaskInfo(): task ids must be ints, not " + value);
    }

    private static KojiFault noSuchTask(int taskId) {
        return new KojiFault(FaultCode.GENERIC_ERROR, "No such task: " + taskId);
    }
}
