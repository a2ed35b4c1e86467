package io.containerbuild.fault;

/** Koji's ConfigurationError (1021): a configuration file or option is wrong. */
public class ConfigurationError extends KojiFault {
    private static final long serialVersionUID = 1L;

    public ConfigurationError(String message) {
        super(FaultCode.CONFIGURATION_ERROR, message);
    }

    public ConfigurationError(String message, Throwable cause) {
        super(FaultCode.CONFIGURATION_ERROR, message, cause);
    }
}
