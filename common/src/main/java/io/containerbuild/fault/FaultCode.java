package io.containerbuild.fault;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Koji's fault codes with the Python class names that clients print ({@code GenericError: ...}) and
 * match on. Codes 2001 and 2002 belong to koji-containerbuild's builder plugin.
 */
public enum FaultCode {
    GENERIC_ERROR(1000, "GenericError"),
    LOCK_ERROR(1001, "LockError"),
    AUTH_ERROR(1002, "AuthError"),
    TAG_ERROR(1003, "TagError"),
    ACTION_NOT_ALLOWED(1004, "ActionNotAllowed"),
    BUILD_ERROR(1005, "BuildError"),
    AUTH_LOCK_ERROR(1006, "AuthLockError"),
    AUTH_EXPIRED(1007, "AuthExpired"),
    SEQUENCE_ERROR(1008, "SequenceError"),
    RETRY_ERROR(1009, "RetryError"),
    PRE_BUILD_ERROR(1010, "PreBuildError"),
    POST_BUILD_ERROR(1011, "PostBuildError"),
    BUILDROOT_ERROR(1012, "BuildrootError"),
    FUNCTION_DEPRECATED(1013, "FunctionDeprecated"),
    SERVER_OFFLINE(1014, "ServerOffline"),
    LIVE_CD_ERROR(1015, "LiveCDError"),
    PLUGIN_ERROR(1016, "PluginError"),
    CALLBACK_ERROR(1017, "CallbackError"),
    APPLIANCE_ERROR(1018, "ApplianceError"),
    PARAMETER_ERROR(1019, "ParameterError"),
    IMPORT_ERROR(1020, "ImportError"),
    CONFIGURATION_ERROR(1021, "ConfigurationError"),
    LIVE_MEDIA_ERROR(1022, "LiveMediaError"),
    GSSAPI_AUTH_ERROR(1023, "GSSAPIAuthError"),
    NAME_VALIDATION_ERROR(1024, "NameValidationError"),
    CONTAINER_ERROR(2001, "ContainerError"),
    CONTAINER_CANCELLED(2002, "ContainerCancelled");

    private static final Map<Integer, FaultCode> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(FaultCode::code, Function.identity()));

    private final int code;
    private final String kojiName;

    FaultCode(int code, String kojiName) {
        this.code = code;
        this.kojiName = kojiName;
    }

    public int code() {
        return code;
    }

    /** The Python exception class name, as Koji's CLI prints it. */
    public String kojiName() {
        return kojiName;
    }

    public static Optional<FaultCode> of(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
