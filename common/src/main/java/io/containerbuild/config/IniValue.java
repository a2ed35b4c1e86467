package io.containerbuild.config;

/** A configuration value and the file it came from, for error messages after files are merged. */
record IniValue(String text, String source) {
}
