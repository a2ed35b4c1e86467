package io.containerbuild.osbs.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.containerbuild.osbs.config.RegistryCredentials;
import io.containerbuild.osbs.config.RegistryEndpoint;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registry v2 calls the Engine API has no equivalent for (§7.3): read an image manifest's
 * descriptor, and put a manifest list under a tag. Authenticates with the push account, by Basic auth
 * or by the token a {@code Bearer} challenge points to. Thread-safe.
 */
public final class RegistryClient {

    public static final String MANIFEST_V2 = "application/vnd.docker.distribution.manifest.v2+json";
    public static final String MANIFEST_LIST_V2 = "application/vnd.docker.distribution.manifest.list.v2+json";
    public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    private static final Pattern CHALLENGE_PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final RegistryEndpoint registry;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> tokens = new HashMap<>();

    public RegistryClient(RegistryEndpoint registry) {
        this.registry = registry;
    }

    /** The descriptor of {@code repository:reference}'s image manifest. */
    public ManifestDescriptor describe(String repository, String reference) {
        HttpResponse<byte[]> response = send(repository, "pull", HttpRequest.newBuilder(manifestUri(repository, reference))
                .header("Accept", MANIFEST_V2 + ", " + OCI_MANIFEST).GET());
        if (response.statusCode() != 200) {
            throw refused("reading the manifest of " + repository + ":" + reference, response);
        }
        String mediaType = response.headers().firstValue("Content-Type").orElse(MANIFEST_V2).split(";")[0].strip();
        String digest = response.headers().firstValue("Docker-Content-Digest").orElse(sha256(response.body()));
        return new ManifestDescriptor(mediaType, digest, response.body().length);
    }

    /**
     * Puts a manifest list under a tag.
     *
     * @return the list's digest
     */
    public String putManifestList(String repository, String tag, byte[] manifestList) {
        HttpResponse<byte[]> response = send(repository, "pull,push", HttpRequest.newBuilder(manifestUri(repository, tag))
                .header("Content-Type", MANIFEST_LIST_V2).PUT(HttpRequest.BodyPublishers.ofByteArray(manifestList)));
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw refused("putting the manifest list " + repository + ":" + tag, response);
        }
        return response.headers().firstValue("Docker-Content-Digest").orElse(sha256(manifestList));
    }

    private HttpResponse<byte[]> send(String repository, String actions, HttpRequest.Builder request) {
        String scope = "repository:" + repository + ":" + actions;
        Optional<String> authorization = cachedAuthorization(scope);
        HttpResponse<byte[]> response = exchange(authorize(request.copy(), authorization));
        if (response.statusCode() == 401) {
            String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
            Optional<String> answer = answer(challenge, scope);
            if (answer.isPresent()) {
                response = exchange(authorize(request.copy(), answer));
            }
        }
        return response;
    }

    private Optional<String> answer(String challenge, String scope) {
        Optional<RegistryCredentials> account = registry.credentials();
        if (challenge.regionMatches(true, 0, "Basic", 0, 5)) {
            return account.map(RegistryClient::basic);
        }
        if (!challenge.regionMatches(true, 0, "Bearer", 0, 6)) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        Matcher matcher = CHALLENGE_PARAM.matcher(challenge);
        while (matcher.find()) {
            params.put(matcher.group(1), matcher.group(2));
        }
        String realm = params.get("realm");
        if (realm == null) {
            return Optional.empty();
        }
        StringBuilder uri = new StringBuilder(realm).append(realm.contains("?") ? "&" : "?");
        if (params.containsKey("service")) {
            uri.append("service=").append(URLEncoder.encode(params.get("service"), StandardCharsets.UTF_8)).append('&');
        }
        uri.append("scope=").append(URLEncoder.encode(params.getOrDefault("scope", scope), StandardCharsets.UTF_8));
        HttpRequest.Builder tokenRequest = HttpRequest.newBuilder(URI.create(uri.toString())).GET();
        account.ifPresent(credentials -> tokenRequest.header("Authorization", basic(credentials)));
        HttpResponse<byte[]> response = exchange(tokenRequest);
        if (response.statusCode() != 200) {
            throw refused("getting a token from " + realm, response);
        }
        try {
            JsonNode body = json.readTree(response.body());
            String token = body.hasNonNull("token") ? body.get("token").asText() : body.path("access_token").asText();
            String authorization = "Bearer " + token;
            synchronized (tokens) {
                tokens.put(scope, authorization);
            }
            return Optional.of(authorization);
        } catch (IOException e) {
            throw new RegistryException("the token service " + realm + " answered with no readable token", e);
        }
    }

    private Optional<String> cachedAuthorization(String scope) {
        synchronized (tokens) {
            return Optional.ofNullable(tokens.get(scope));
        }
    }

    private static HttpRequest.Builder authorize(HttpRequest.Builder request, Optional<String> authorization) {
        authorization.ifPresent(value -> request.header("Authorization", value));
        return request;
    }

    private HttpResponse<byte[]> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new RegistryException("registry " + registry.host() + " does not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException("interrupted while talking to registry " + registry.host(), e);
        }
    }

    private URI manifestUri(String repository, String reference) {
        return URI.create((registry.insecure() ? "http" : "https") + "://" + registry.host() + "/v2/" + repository
                + "/manifests/" + reference);
    }

    private RegistryException refused(String what, HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        return new RegistryException("registry " + registry.host() + " answered HTTP " + response.statusCode() + " to "
                + what + (body.isBlank() ? "" : ": " + body.strip()));
    }

    private static String basic(RegistryCredentials account) {
        return "Basic " + Base64.getEncoder().encodeToString((account.user() + ":" + account.password())
                .getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
