package io.containerbuild.builderplugin.scm;

import java.util.regex.Pattern;

/**
 * A shell-style pattern as Python's {@code fnmatch} reads it on POSIX: {@code *} is any run of
 * characters ({@code /} included), {@code ?} one character, {@code [...]} a set ({@code [!...]}
 * its complement), a {@code [} without its {@code ]} an ordinary character; case matters.
 */
final class Glob {

    private final Pattern pattern;

    private Glob(Pattern pattern) {
        this.pattern = pattern;
    }

    static Glob of(String glob) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i++);
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (c == '[') {
                int end = setEnd(glob, i);
                if (end < 0) {
                    regex.append("\\[");
                } else {
                    regex.append(set(glob.substring(i, end)));
                    i = end + 1;
                }
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new Glob(Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    boolean matches(String text) {
        return pattern.matcher(text).matches();
    }

    // fnmatch: a ']' right after '[' or '[!' belongs to the set
    private static int setEnd(String glob, int start) {
        int j = start;
        if (j < glob.length() && glob.charAt(j) == '!') {
            j++;
        }
        if (j < glob.length() && glob.charAt(j) == ']') {
            j++;
        }
        return glob.indexOf(']', j);
    }

    private static String set(String body) {
        boolean negated = body.startsWith("!");
        String members = negated ? body.substring(1) : body;
        StringBuilder set = new StringBuilder(negated ? "[^" : "[");
        for (int k = 0; k < members.length(); k++) {
            char c = members.charAt(k);
            boolean range = c == '-' && k > 0 && k < members.length() - 1;
            if (range) {
                set.append('-');
            } else if (Character.isLetterOrDigit(c)) {
                set.append(c);
            } else {
                set.append('\\').append(c);
            }
        }
        return set.append(']').toString();
    }
}
