package io.containerbuild.clientplugin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.containerbuild.testing.PythonPeer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Python stand-in hub ({@code /cli/stand_in_hub.py}) and the requests it recorded. */
final class StandInHub implements AutoCloseable {

    private final PythonPeer peer;
    private final Path records;

    private StandInHub(PythonPeer peer, Path records) {
        this.peer = peer;
        this.records = records;
    }

    static StandInHub start(Path directory, String scenario) {
        Path records = directory.resolve("requests.jsonl");
        return new StandInHub(PythonPeer.serve("/cli/stand_in_hub.py", records.toString(), scenario), records);
    }

    /** A client configuration with profile {@code standin}: password login as alice. */
    Path writeConfig(Path directory) {
        Path config = directory.resolve("koji.conf");
        try {
            Files.writeString(config, String.join("\n",
                    "[standin]",
                    "server = " + peer.url("/kojihub"),
                    "weburl = http://web.example.com/koji",
                    "authtype = password",
                    "user = alice",
                    "password = secret",
                    "poll_interval = 1",
                    ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }

    /** Every request so far: method, params, session_id, session_key, callnum. */
    List<Map<String, Object>> requests() {
        if (!Files.exists(records)) {
            return List.of();
        }
        List<Map<String, Object>> requests = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (String line : Files.readAllLines(records)) {
                requests.add(json.readValue(line, new TypeReference<Map<String, Object>>() {}));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return requests;
    }

    String stderr() {
        return peer.stderr();
    }

    @Override
    public void close() {
        peer.close();
    }
}
