package io.containerbuild.scm;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Koji SCM URL, {@code scheme://[user@]host/path/to/repo[?module]#revision}, parsed the way
 * Koji's {@code SCM} class parses it and then held to stricter rules, because host, path and
 * revision end up in a git client's hands.
 *
 * <p>Every failure is a {@code GenericError} (1000), as in Koji. The checks run in this order:
 * <ol>
 *   <li>unknown scheme → {@code Invalid SCM URL: <url>}, as Koji's constructor words it;
 *   <li>whitespace, control or non-ASCII characters anywhere → {@code Unable to parse SCM URL:
 *       <url> . URL must not contain whitespace, control or non-ASCII characters.} (not a Koji
 *       check; done before any splitting so that no later rule has to reason about them);
 *   <li>Koji's structural checks, with Koji's texts: {@code username:password format not
 *       supported: <user>:***} (the password is not echoed), {@code Invalid username@hostname
 *       specified: <netloc>}, then {@code Unable to parse SCM URL: <url> . Could not find the
 *       netloc element.}, {@code ... the path element.}, {@code ... Params element <p> should be
 *       empty.}, {@code ... Could not find the fragment element.};
 *   <li>this class's own safety rules, worded {@code Unable to parse SCM URL: <url> . <reason>}:
 *       a host that is not a plain host name or bracketed IP literal with an optional port (so
 *       never one starting with {@code -}); user, path, module or revision characters outside a
 *       conservative set, which shuts out shell metacharacters such as
 *       {@code ; | & $ ( ) ` ' " \ < >}; {@code ..} segments in path or module; an absolute
 *       module; a path without a repository name; and a revision that begins with {@code -} or
 *       that git's ref rules forbid.
 * </ol>
 * Koji normalises the path with {@code os.path.normpath}; this class does the same for empty and
 * {@code .} segments but rejects {@code ..} instead of resolving it. URLs in messages have
 * non-printable characters escaped.
 */
public final class ScmUrl {

    private static final Pattern HOST = Pattern.compile(
            "(?:[A-Za-z0-9_][A-Za-z0-9_.-]*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final Pattern PATH_CHARS = Pattern.compile("[A-Za-z0-9._~+@=,:/-]*");
    private static final Pattern REVISION_CHARS = Pattern.compile("[A-Za-z0-9._/+@=,-]+");

    private final String url;
    private final ScmScheme scheme;
    private final String user;
    private final String host;
    private final String repository;
    private final String module;
    private final String revision;

    private ScmUrl(String url, ScmScheme scheme, String user, String host, String repository, String module,
            String revision) {
        this.url = url;
        this.scheme = scheme;
        this.user = user;
        this.host = host;
        this.repository = repository;
        this.module = module;
        this.revision = revision;
    }

    /** Koji's {@code is_scm_url}: whether the string starts with one of the SCM schemes. */
    public static boolean isScmUrl(String url) {
        return url != null && ScmScheme.of(url).isPresent();
    }

    /**
     * Parses and checks an SCM URL.
     *
     * @throws KojiFault GenericError as described on the class
     */
    public static ScmUrl parse(String url) {
        if (url == null) {
            throw fault("Invalid SCM URL: None");
        }
        ScmScheme scheme = ScmScheme.of(url).orElseThrow(() -> fault("Invalid SCM URL: " + printable(url)));
        if (!isPrintableAscii(url)) {
            throw unparsable(url, "URL must not contain whitespace, control or non-ASCII characters.");
        }

        // The same split as urllib's urlsplit after Koji swaps the scheme for http://
        String rest = url.substring(scheme.prefix().length());
        String fragment = "";
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        String query = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        int slash = rest.indexOf('/');
        String netloc = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash);

        String user = null;
        String[] userHost = netloc.split("@", -1);
        if (userHost.length == 2) {
            user = userHost[0].isEmpty() ? null : userHost[0];
            if (user != null && user.contains(":")) {
                throw fault("username:password format not supported: " + user.substring(0, user.indexOf(':')) + ":***");
            }
            netloc = userHost[1];
        } else if (userHost.length > 2) {
            throw fault("Invalid username@hostname specified: " + netloc);
        }
        if (netloc.isEmpty()) {
            throw unparsable(url, "Could not find the netloc element.");
        }
        if (path.isEmpty()) {
            throw unparsable(url, "Could not find the path element.");
        }
        String params = params(path);
        if (!params.isEmpty()) {
            throw unparsable(url, "Params element " + params + " should be empty.");
        }
        if (fragment.isEmpty()) {
            throw unparsable(url, "Could not find the fragment element.");
        }

        if (!HOST.matcher(netloc).matches()) {
            throw unparsable(url, "Host must be a host name or IP address with an optional port.");
        }
        if (user != null && !USER.matcher(user).matches()) {
            throw unparsable(url, "User name contains characters that are not allowed.");
        }
        String repository = normalizePath(url, path, "Path");
        if (component(repository).isEmpty()) {
            throw unparsable(url, "Could not find the repository name.");
        }
        String module = stripTrailingSlashes(query);
        if (!module.isEmpty()) {
            if (module.startsWith("/")) {
                throw unparsable(url, "Module must be a relative path.");
            }
            normalizePath(url, module, "Module");
        }
        checkRevision(url, fragment);
        return new ScmUrl(url, scheme, user, netloc, repository, module, fragment);
    }

    /** The URL exactly as given. */
    public String url() {
        return url;
    }

    public ScmScheme scheme() {
        return scheme;
    }

    public ScmType type() {
        return scheme.type();
    }

    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /** Koji's {@code host}: the network location without the user, port included. */
    public String host() {
        return host;
    }

    /** Koji's {@code repository}: the normalised path, beginning with {@code /}, no trailing slash. */
    public String repository() {
        return repository;
    }

    /** Koji's {@code module} (the query), when one was given. */
    public Optional<String> module() {
        return module.isEmpty() ? Optional.empty() : Optional.of(module);
    }

    /** Koji's {@code revision}: the fragment. */
    public String revision() {
        return revision;
    }

    /**
     * The repository URL a git client clones, as koji-containerbuild's {@code get_git_uri} builds
     * it: the scheme after any {@code +}, the host and the repository; user and fragment are
     * dropped ({@code git+https://h/r#abc} → {@code https://h/r}).
     */
    public String gitUri() {
        return scheme.transportPrefix() + host + repository;
    }

    /** The ref to build, exactly as given (a commit, branch or tag; it is not resolved here). */
    public String gitRef() {
        return revision;
    }

    /** The repository's last path element without a trailing {@code .git}: the OSBS component. */
    public String component() {
        return component(repository);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScmUrl that && url.equals(that.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url);
    }

    @Override
    public String toString() {
        return url;
    }

    private static String component(String repository) {
        String trimmed = repository.endsWith(".git") ? repository.substring(0, repository.length() - 4) : repository;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    // urllib's _splitparams: only a ';' in the last path segment starts params
    private static String params(String path) {
        int semicolon = path.indexOf(';', path.lastIndexOf('/'));
        return semicolon < 0 ? "" : path.substring(semicolon + 1);
    }

    private static String normalizePath(String url, String path, String what) {
        if (!PATH_CHARS.matcher(path).matches()) {
            throw unparsable(url, what + " contains characters that are not allowed.");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                throw unparsable(url, what + " must not contain '..' segments.");
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        if (segments.isEmpty()) {
            throw unparsable(url, "Could not find the " + what.toLowerCase(Locale.ROOT) + " element.");
        }
        return "/" + String.join("/", segments);
    }

    // git check-ref-format's rules, plus no leading '-' so that a ref can never pass for an option
    private static void checkRevision(String url, String revision) {
        if (!REVISION_CHARS.matcher(revision).matches()) {
            throw unparsable(url, "Revision contains characters that are not allowed.");
        }
        if (revision.startsWith("-")) {
            throw unparsable(url, "Revision must not begin with '-'.");
        }
        if (revision.contains("..") || revision.contains("//") || revision.startsWith("/") || revision.endsWith("/")
                || revision.endsWith(".") || revision.endsWith(".lock") || revision.startsWith(".")
                || revision.contains("/.")) {
            throw unparsable(url, "Revision is not a valid git ref.");
        }
    }

    private static String stripTrailingSlashes(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '/') {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean isPrintableAscii(String text) {
        return text.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** The text with anything but printable ASCII escaped, so a message stays on one line. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x100) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    private static KojiFault unparsable(String url, String reason) {
        return fault("Unable to parse SCM URL: " + printable(url) + " . " + reason);
    }

    private static KojiFault fault(String message) {
        return new KojiFault(FaultCode.GENERIC_ERROR, message);
    }
}
