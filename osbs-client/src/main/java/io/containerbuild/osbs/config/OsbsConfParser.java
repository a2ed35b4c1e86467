package io.containerbuild.osbs.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.containerbuild.config.IniFile;
import io.containerbuild.config.IniSection;
import io.containerbuild.config.ListSyntax;
import io.containerbuild.fault.ConfigurationError;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code osbs.conf} into an {@link OsbsConf}. Sections: {@code [general]}, one
 * {@code [engine:NAME]} per Docker engine, and every other section is an instance. A missing,
 * malformed or unknown key is a {@link ConfigurationError} naming file, section and key.
 */
public final class OsbsConfParser {

    static final String GENERAL = "general";
    static final String ENGINE_PREFIX = "engine:";
    static final Path DEFAULT_STATE_DIR = Path.of("/var/lib/containerbuild/osbs");
    static final int DEFAULT_MAX_CONCURRENT_BUILDS = 4;
    static final String DEFAULT_CONTENT_GENERATOR = "atomic-reactor";

    private static final Set<String> GENERAL_KEYS = Set.of("verbose", "state_dir", "max_concurrent_builds");
    private static final Set<String> ENGINE_KEYS = Set.of("platform", "docker_host", "docker_tls_cert_path", "slots");
    private static final Set<String> INSTANCE_KEYS = Set.of("engines", "registry_uri", "registry_insecure",
            "registry_auth_file", "registry_user", "registry_password", "koji_hub", "koji_cg_name", "koji_user",
            "koji_password", "default_buildtime_limit", "max_buildtime_limit", "cleanup_used_resources");
    private static final Pattern PLATFORM = Pattern.compile("[a-z0-9_]+");
    private static final Pattern REGISTRY_HOST = Pattern.compile("[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    private OsbsConfParser() {
    }

    /** Reads and parses a file. */
    public static OsbsConf load(Path file) {
        return parse(IniFile.load(file));
    }

    public static OsbsConf parse(IniFile ini) {
        String source = ini.sources().isEmpty() ? "(no configuration file)" : String.join(", ", ini.sources());
        IniSection general = ini.optionalSection(GENERAL).orElse(null);
        boolean verbose = false;
        Path stateDir = DEFAULT_STATE_DIR;
        int maxBuilds = DEFAULT_MAX_CONCURRENT_BUILDS;
        if (general != null) {
            refuseUnknownKeys(general, GENERAL_KEYS);
            verbose = general.bool("verbose", false);
            stateDir = general.path("state_dir", DEFAULT_STATE_DIR);
            maxBuilds = general.integer("max_concurrent_builds", DEFAULT_MAX_CONCURRENT_BUILDS);
            if (maxBuilds < 1) {
                throw general.invalid("max_concurrent_builds", "must be at least 1");
            }
        }
        Map<String, EngineEndpoint> engines = new LinkedHashMap<>();
        Map<String, OsbsInstance> instances = new LinkedHashMap<>();
        for (String name : ini.sectionNames()) {
            if (name.startsWith(ENGINE_PREFIX)) {
                engines.put(name.substring(ENGINE_PREFIX.length()), engine(ini.section(name)));
            }
        }
        for (String name : ini.sectionNames()) {
            if (!name.equals(GENERAL) && !name.startsWith(ENGINE_PREFIX)) {
                instances.put(name, instance(ini.section(name), engines));
            }
        }
        return new OsbsConf(source, verbose, stateDir, maxBuilds, instances);
    }

    private static EngineEndpoint engine(IniSection section) {
        refuseUnknownKeys(section, ENGINE_KEYS);
        String name = section.name().substring(ENGINE_PREFIX.length());
        if (name.isBlank()) {
            throw new ConfigurationError("[" + section.name() + "]: an engine section needs a name, e.g. [engine:x86_64-1]");
        }
        String platform = section.string("platform");
        if (!PLATFORM.matcher(platform).matches()) {
            throw section.invalid("platform", "is not a Koji arch name such as x86_64");
        }
        URI host = dockerHost(section);
        Optional<Path> tls = Optional.ofNullable(section.path("docker_tls_cert_path", null));
        tls.ifPresent(dir -> {
            if (!host.getScheme().equals("tcp")) {
                throw section.invalid("docker_tls_cert_path", "is only for tcp:// engines");
            }
        });
        int slots = section.integer("slots", 1);
        if (slots < 1) {
            throw section.invalid("slots", "must be at least 1");
        }
        return new EngineEndpoint(name, platform, host, tls, slots);
    }

    private static URI dockerHost(IniSection section) {
        String text = section.string("docker_host");
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw section.invalid("docker_host", "is not a URI");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        boolean unix = scheme.equals("unix") && uri.getPath() != null && !uri.getPath().isEmpty();
        boolean tcp = scheme.equals("tcp") && uri.getHost() != null && uri.getPort() > 0;
        if (!unix && !tcp) {
            throw section.invalid("docker_host", "is neither unix:///path nor tcp://host:port");
        }
        return uri;
    }

    private static OsbsInstance instance(IniSection section, Map<String, EngineEndpoint> known) {
        refuseUnknownKeys(section, INSTANCE_KEYS);
        List<EngineEndpoint> engines = new ArrayList<>();
        for (String name : section.list("engines", ListSyntax.SPACES_OR_COMMAS)) {
            EngineEndpoint engine = known.get(name);
            if (engine == null) {
                throw section.invalid("engines", "names '" + name + "', which has no [engine:" + name + "] section");
            }
            engines.add(engine);
        }
        if (engines.isEmpty()) {
            throw section.invalid("engines", "must name at least one [engine:NAME] section");
        }
        Duration defaultLimit = positiveSeconds(section, "default_buildtime_limit", OsbsInstance.DEFAULT_BUILDTIME_LIMIT);
        Duration maxLimit = positiveSeconds(section, "max_buildtime_limit", OsbsInstance.MAX_BUILDTIME_LIMIT);
        if (defaultLimit.compareTo(maxLimit) > 0) {
            throw section.invalid("default_buildtime_limit", "is more than max_buildtime_limit " + maxLimit.toSeconds());
        }
        return new OsbsInstance(section.name(), engines, registry(section), koji(section), defaultLimit, maxLimit,
                section.bool("cleanup_used_resources", true));
    }

    private static Duration positiveSeconds(IniSection section, String key, Duration defaultValue) {
        Duration value = section.seconds(key, defaultValue);
        if (value.isZero()) {
            throw section.invalid(key, "must be more than 0 seconds");
        }
        return value;
    }

    private static RegistryEndpoint registry(IniSection section) {
        String text = section.string("registry_uri").strip();
        boolean plainHttp = text.startsWith("http://");
        String host = text.replaceFirst("^https?://", "").replaceFirst("/v2/?$", "").replaceFirst("/$", "");
        if (!REGISTRY_HOST.matcher(host).matches()) {
            throw section.invalid("registry_uri", "is not a registry such as registry.example.com or 127.0.0.1:5000");
        }
        boolean insecure = section.bool("registry_insecure", plainHttp);
        return new RegistryEndpoint(host, insecure, registryCredentials(section, host));
    }

    private static Optional<RegistryCredentials> registryCredentials(IniSection section, String host) {
        boolean file = section.has("registry_auth_file");
        boolean user = section.has("registry_user");
        boolean password = section.has("registry_password");
        if (file && (user || password)) {
            throw section.invalid("registry_auth_file", "cannot be given together with registry_user/registry_password");
        }
        if (user != password) {
            throw section.invalid(user ? "registry_password" : "registry_user",
                    "is required when " + (user ? "registry_user" : "registry_password") + " is given");
        }
        if (user) {
            return Optional.of(new RegistryCredentials(section.string("registry_user"), section.string("registry_password")));
        }
        if (file) {
            return Optional.of(authFileCredentials(section, section.path("registry_auth_file"), host));
        }
        return Optional.empty();
    }

    /** The account for {@code host} in a Docker {@code config.json}/{@code .dockerconfigjson} file. */
    private static RegistryCredentials authFileCredentials(IniSection section, Path file, String host) {
        JsonNode auths;
        try {
            auths = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8)).path("auths");
        } catch (IOException e) {
            throw section.invalid("registry_auth_file", "cannot be read as a Docker auth file: " + e.getMessage());
        }
        for (String candidate : List.of(host, "http://" + host, "https://" + host, "https://" + host + "/v2/")) {
            JsonNode entry = auths.path(candidate);
            if (entry.isMissingNode()) {
                continue;
            }
            if (entry.hasNonNull("username") && entry.hasNonNull("password")) {
                return new RegistryCredentials(entry.get("username").asText(), entry.get("password").asText());
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(entry.path("auth").asText("")), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = "";
            }
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                throw section.invalid("registry_auth_file", "has an entry for " + host + " without a user:password auth");
            }
            return new RegistryCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
        }
        throw section.invalid("registry_auth_file", "has no entry for " + host + " under \"auths\"");
    }

    private static Optional<KojiAccount> koji(IniSection section) {
        if (!section.has("koji_hub")) {
            for (String key : List.of("koji_cg_name", "koji_user", "koji_password")) {
                if (section.has(key)) {
                    throw section.invalid(key, "is given but koji_hub is not");
                }
            }
            return Optional.empty();
        }
        URI hub;
        try {
            hub = new URI(section.string("koji_hub"));
        } catch (URISyntaxException e) {
            throw section.invalid("koji_hub", "is not a URL");
        }
        String scheme = hub.getScheme() == null ? "" : hub.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || hub.getHost() == null) {
            throw section.invalid("koji_hub", "is not an http(s) URL");
        }
        return Optional.of(new KojiAccount(hub, section.string("koji_cg_name", DEFAULT_CONTENT_GENERATOR),
                section.string("koji_user"), section.string("koji_password")));
    }

    private static void refuseUnknownKeys(IniSection section, Set<String> known) {
        for (String key : section.keys()) {
            if (!known.contains(key)) {
                throw section.invalid(key, "is not a key of this kind of section");
            }
        }
    }
}
