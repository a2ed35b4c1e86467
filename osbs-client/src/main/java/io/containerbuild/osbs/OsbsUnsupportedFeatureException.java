package io.containerbuild.osbs;

/**
 * The request asks for something this build engine does not do (yet), e.g. a Flatpak build; the
 * message names it. The builder plugin reports it as a ContainerError.
 */
public class OsbsUnsupportedFeatureException extends OsbsException {
    private static final long serialVersionUID = 1L;

    public OsbsUnsupportedFeatureException(String message) {
        super(message);
    }
}
