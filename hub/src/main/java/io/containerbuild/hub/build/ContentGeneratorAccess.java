package io.containerbuild.hub.build;

import io.containerbuild.wire.PythonText;
import io.containerbuild.fault.AuthError;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.store.ContentGenerator;
import io.containerbuild.hub.store.ContentGeneratorStore;
import io.containerbuild.hub.store.User;
import java.util.Optional;

/**
 * Who may act as a content generator: exactly the users an admin granted it with
 * {@code grantCGAccess} (Koji's {@code assert_cg}); the {@code admin} permission does not stand in.
 */
final class ContentGeneratorAccess {
    private final ContentGeneratorStore generators;

    ContentGeneratorAccess(ContentGeneratorStore generators) {
        this.generators = generators;
    }

    /** A generator by name or id. */
    Optional<ContentGenerator> find(Object cgInfo) {
        if (cgInfo instanceof String name) {
            return generators.get(name);
        }
        if (cgInfo instanceof Integer || cgInfo instanceof Long) {
            long id = ((Number) cgInfo).longValue();
            return generators.list().stream().filter(cg -> cg.id() == id).findFirst();
        }
        throw new ParameterError("Invalid name or id value: " + PythonText.repr(cgInfo));
    }

    /** The generator, or Koji's {@code No such entry in table content_generator: NAME}. */
    ContentGenerator require(Object cgInfo) {
        return find(cgInfo).orElseThrow(() ->
                KojiErrors.generic("No such entry in table content_generator: " + cgInfo));
    }

    /** The generator the caller may act as; Koji's wording when it may not. */
    ContentGenerator assertAccess(HubCaller caller, Object cgInfo) {
        ContentGenerator cg = require(cgInfo);
        User user = caller.account().orElseThrow(() -> new AuthError("Not logged-in"));
        if (!generators.hasAccess(cg.id(), user.id())) {
            throw new AuthError("Content generator access required (" + cg.name() + ")");
        }
        return cg;
    }
}
