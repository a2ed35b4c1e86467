package io.containerbuild.osbs.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Reads the real registry over its HTTP API: a repository's tags and the manifest digest of a tag. */
public final class RegistryProbe {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String MANIFEST_TYPES = "application/vnd.docker.distribution.manifest.v2+json, "
            + "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.list.v2+json";

    private RegistryProbe() {
    }

    /** The repository's tags, sorted; empty when the registry does not know it. */
    public static List<String> tags(String repository) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://" + RealParts.registry() + "/v2/" + repository + "/tags/list")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return List.of();
        }
        JsonNode tags = new ObjectMapper().readTree(response.body()).path("tags");
        List<String> list = new ArrayList<>();
        tags.forEach(tag -> list.add(tag.asText()));
        list.sort(null);
        return list;
    }

    /** The manifest (or manifest list) the registry serves for {@code repository:tag}, as JSON. */
    public static JsonNode manifest(String repository, String tag) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://" + RealParts.registry() + "/v2/" + repository + "/manifests/" + tag))
                .header("Accept", MANIFEST_TYPES).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("the registry answered " + response.statusCode() + " for " + repository + ":" + tag);
        }
        return new ObjectMapper().readTree(response.body());
    }

    /** The digest the registry serves {@code repository:tag}'s manifest under. */
    public static String digest(String repository, String tag) throws IOException, InterruptedException {
        HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://" + RealParts.registry() + "/v2/" + repository + "/manifests/" + tag))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", MANIFEST_TYPES).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IOException("the registry answered " + response.statusCode() + " for " + repository + ":" + tag);
        }
        return response.headers().firstValue("Docker-Content-Digest").orElseThrow();
    }
}
