package io.containerbuild.wire;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Doubles the way Python writes and reads them. Koji's marshaller writes {@code repr(value)}, so a hub answers
 * {@code 1795708668.602456}, {@code 1e+300} and {@code inf} rather than Java's {@code 1.795708668602456E9},
 * {@code 1.0E300} and {@code Infinity}; matching it keeps our bytes close to the reference hub's.
 */
final class PythonFloats {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private PythonFloats() {
    }

    /** Python's {@code repr(float)}: fixed notation for exponents -4..15, scientific otherwise. */
    static String repr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0.0" : "0.0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        int exponent = decimal.precision() - decimal.scale() - 1;
        if (exponent < -4 || exponent >= 16) {
            String digits = decimal.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int magnitude = Math.abs(exponent);
            return (value < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                    + (magnitude < 10 ? "0" : "") + magnitude;
        }
        String plain = decimal.toPlainString();
        return plain.indexOf('.') >= 0 ? plain : plain + ".0";
    }

    /** Accepts what Python's {@code float()} writes, including {@code nan} and {@code inf}; nothing Java-only. */
    static double parse(String text) {
        String trimmed = text.strip();
        switch (trimmed.toLowerCase(java.util.Locale.ROOT)) {
            case "nan", "+nan", "-nan":
                return Double.NaN;
            case "inf", "+inf", "infinity", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw new NumberFormatException("not a double: " + text);
        }
        return Double.parseDouble(trimmed);
    }
}
