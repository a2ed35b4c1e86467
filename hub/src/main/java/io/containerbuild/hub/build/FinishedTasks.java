package io.containerbuild.hub.build;

import io.containerbuild.hub.store.Channel;
import io.containerbuild.hub.store.NewTask;
import io.containerbuild.hub.store.Store;
import io.containerbuild.task.TaskState;
import io.containerbuild.wire.WireCodec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Tasks for work the hub did itself within the call. Koji's {@code tagBuild} answers the id of a
 * task that does the tagging later, and its clients wait for that task ({@code koji tag-build},
 * atomic-reactor's {@code koji_tag_build}); this hub tags at once and answers a task that is
 * already CLOSED with a nil result, so those clients work unchanged. The store cannot create a
 * finished task, hence the one UPDATE here.
 */
final class FinishedTasks {
    private static final String CHANNEL = "default";

    private final Store store;
    private final WireCodec codec;
    private final DirectSql sql;
    private final Clock clock;

    FinishedTasks(Store store, WireCodec codec, Clock clock) {
        this.store = store;
        this.codec = codec;
        this.sql = new DirectSql(store.database());
        this.clock = clock;
    }

    /** Records a CLOSED task of {@code method} with these arguments and a nil result; answers its id. */
    int record(int ownerId, String method, List<Object> arguments, int priority) {
        Channel channel = store.channels().getByName(CHANNEL)
                .orElseThrow(() -> KojiErrors.generic("No such channel: " + CHANNEL));
        String request = new String(codec.encodeCall(method, arguments), StandardCharsets.UTF_8);
        int id = store.tasks().create(NewTask.of(method, request, ownerId, channel.id()).withPriority(priority)).id();
        String result = new String(codec.encodeResult(null), StandardCharsets.UTF_8);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        sql.update("UPDATE tasks SET state = ?, start_time = ?, completion_time = ?, result = ? WHERE id = ?",
                List.of(TaskState.CLOSED.code(), now, now, result, id));
        return id;
    }
}
