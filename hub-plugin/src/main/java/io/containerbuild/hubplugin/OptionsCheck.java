package io.containerbuild.hubplugin;

import io.containerbuild.fault.ParameterError;
import io.containerbuild.options.Audience;
import io.containerbuild.options.InvalidOptionsException;
import io.containerbuild.options.OptionsCodec;
import io.containerbuild.options.OptionsProblem;
import io.containerbuild.options.OptionsRule;
import io.containerbuild.options.OptionsValidator;
import io.containerbuild.options.Violation;
import io.containerbuild.task.TaskMethod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The hub's check of a request's {@code opts}: a deliberate improvement on upstream, whose hub stores
 * whatever it is given and leaves every check to the builder. A request the builder is bound to refuse
 * is refused here instead, with one ParameterError listing every problem, and no task is created.
 *
 * <p><b>Scope: what the builder refuses before it starts any work, and nothing more</b>, so the hub never
 * turns away a request the builder would run:
 * <ul>
 *   <li>the builder's schema, through {@link OptionsCodec}: the type of every key, and no unknown keys;</li>
 *   <li>the rules {@link OptionsValidator} checks for {@link Audience#BUILDER}: a git branch is required,
 *       a build is not both scratch and isolated, an arch override needs a scratch or isolated build,
 *       {@code skip_build} may not be true, a signing intent excludes compose ids; a source container
 *       names its image build by id or NVR.</li>
 * </ul>
 * The CLI's own rules on {@code operator_csv_modifications_url} are left out: upstream's builder hands
 * the URL to OSBS, which judges it. The builder keeps all its checks; the hub's are an early answer.
 *
 * <p><b>Messages</b> say what to fix: type problems as the codec words them
 * ({@code opts.scratch: 'true' is not of type 'boolean'}), rules as the builder words them
 * ({@code Git branch must be specified}), except a source request naming no build, where the builder
 * only has jsonschema's "is not valid under any of the given schemas". A rule that reads a key whose
 * value has the wrong type is not reported: its verdict would be about a value the client did not
 * send ({@code scratch: "true"} is not "no scratch", so no arch-override complaint).
 *
 * <p><b>What is stored</b> is {@code opts} as the client sent it, None as {@code {}} like upstream; not
 * the codec's re-encoding, which drops explicit nulls and reorders keys. {@code getTaskRequest} then
 * shows what was asked, as upstream's does, and the builder decodes it with the same codec.
 */
final class OptionsCheck {

    private final OptionsCodec codec = new OptionsCodec();
    private final OptionsValidator validator = new OptionsValidator();

    /**
     * @return the {@code buildContainer} opts to store
     * @throws ParameterError listing every problem
     */
    Map<?, ?> containerBuild(Object opts) {
        return check(TaskMethod.BUILD_CONTAINER, opts, codec::decodeContainerBuild,
                options -> validator.validate(options, Audience.BUILDER));
    }

    /**
     * @return the {@code buildSourceContainer} opts to store
     * @throws ParameterError listing every problem
     */
    Map<?, ?> sourceContainerBuild(Object opts) {
        return check(TaskMethod.BUILD_SOURCE_CONTAINER, opts, codec::decodeSourceContainerBuild,
                options -> validator.validate(options, Audience.BUILDER));
    }

    private static <T> Map<?, ?> check(TaskMethod method, Object sent, Function<Object, T> decode,
                                       Function<T, List<Violation>> rules) {
        Object opts = sent == null ? Map.of() : sent;
        Decoded<T> decoded = Decoded.of(opts, decode);
        List<String> problems = new ArrayList<>();
        decoded.problems().forEach(problem -> problems.add(problem.toString()));
        decoded.options().ifPresent(options -> rules.apply(options).stream()
                .filter(violation -> Collections.disjoint(keysRead(violation.rule()), decoded.misfits()))
                .forEach(violation -> problems.add(message(violation))));
        if (!problems.isEmpty()) {
            throw new ParameterError("Invalid options for " + method.methodName() + ": " + String.join("; ", problems));
        }
        return (Map<?, ?>) opts;
    }

    /** The opts keys whose values decide a rule. */
    private static Set<String> keysRead(OptionsRule rule) {
        return switch (rule) {
            case ARCH_OVERRIDE_NEEDS_SCRATCH_OR_ISOLATED -> Set.of("arch_override", "scratch", "isolated");
            case SIGNING_INTENT_WITH_COMPOSE_IDS -> Set.of("signing_intent", "compose_ids");
            case CSV_URL_NEEDS_ISOLATED -> Set.of("operator_csv_modifications_url", "isolated");
            case CSV_URL_NOT_AN_URL -> Set.of("operator_csv_modifications_url");
            case GIT_BRANCH_REQUIRED -> Set.of("git_branch");
            case SCRATCH_AND_ISOLATED -> Set.of("scratch", "isolated");
            case SKIP_BUILD_REMOVED -> Set.of("skip_build");
            case SOURCE_BUILD_REQUIRED -> Set.of("koji_build_id", "koji_build_nvr");
        };
    }

    private static String message(Violation violation) {
        return violation.rule() == OptionsRule.SOURCE_BUILD_REQUIRED
                ? "koji_build_id or koji_build_nvr must be specified"
                : violation.message();
    }

    /**
     * What the codec makes of {@code opts}: its problems, and the options of the keys that decode, so
     * the rules can still be checked when some keys do not.
     *
     * @param options empty when {@code opts} is not a struct
     * @param misfits the keys that are unknown or have a value of the wrong type
     */
    private record Decoded<T>(Optional<T> options, List<OptionsProblem> problems, Set<Object> misfits) {

        static <T> Decoded<T> of(Object opts, Function<Object, T> decode) {
            try {
                return new Decoded<>(Optional.of(decode.apply(opts)), List.of(), Set.of());
            } catch (InvalidOptionsException invalid) {
                if (!(opts instanceof Map<?, ?> struct)) {
                    return new Decoded<>(Optional.empty(), invalid.problems(), Set.of());
                }
                // The schema has no rule spanning keys, so each key decodes, or not, on its own
                Map<Object, Object> fitting = new LinkedHashMap<>();
                Set<Object> misfits = new HashSet<>();
                struct.forEach((key, value) -> {
                    if (decodes(Collections.singletonMap(key, value), decode)) {
                        fitting.put(key, value);
                    } else {
                        misfits.add(key);
                    }
                });
                return new Decoded<>(Optional.of(decode.apply(fitting)), invalid.problems(), misfits);
            }
        }

        private static boolean decodes(Object opts, Function<Object, ?> decode) {
            try {
                decode.apply(opts);
                return true;
            } catch (InvalidOptionsException invalid) {
                return false;
            }
        }
    }
}
