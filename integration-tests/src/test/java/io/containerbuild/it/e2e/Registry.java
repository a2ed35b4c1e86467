package io.containerbuild.it.e2e;

import io.containerbuild.it.RealParts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.opentest4j.AssertionFailedError;

/** The real registry over its v2 API: whether a pull spec can be pulled, i.e. its manifest is served. */
final class Registry {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String MANIFEST_TYPES = "application/vnd.docker.distribution.manifest.v2+json, "
            + "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, "
            + "application/vnd.oci.image.index.v1+json";

    private Registry() {}

    /**
     * The manifest served for {@code <registry>/<repository>:<tag>}; fails the test when the pull spec
     * names another registry or the registry does not serve it.
     */
    static String manifest(String pullSpec) {
        String prefix = RealParts.registry() + "/";
        if (!pullSpec.startsWith(prefix)) {
            throw new AssertionFailedError(pullSpec + " is not in the test registry " + RealParts.registry());
        }
        String rest = pullSpec.substring(prefix.length());
        int colon = rest.lastIndexOf(':');
        String repository = rest.substring(0, colon);
        String tag = rest.substring(colon + 1);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://"
                    + RealParts.registry() + "/v2/" + repository + "/manifests/" + tag)).header("Accept", MANIFEST_TYPES)
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionFailedError("the registry answered " + response.statusCode() + " for " + pullSpec
                        + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw RealParts.notAnswering("the registry", RealParts.registry(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("interrupted", e);
        }
    }
}
