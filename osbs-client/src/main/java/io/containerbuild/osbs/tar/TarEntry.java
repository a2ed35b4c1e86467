package io.containerbuild.osbs.tar;

/**
 * One member of a tar archive.
 *
 * @param name its path, from a PAX or GNU long name when the archive has one
 * @param size its content's length in bytes
 * @param type the header's type flag: {@code '0'} for a regular file, {@code '5'} a directory, …
 */
public record TarEntry(String name, long size, char type) {

    public boolean isRegularFile() {
        return type == '0' || type == '\0' || type == '7';
    }
}
