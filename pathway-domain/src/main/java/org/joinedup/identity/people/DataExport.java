package org.joinedup.identity.people;

/**
 * A person's data as a file to download.
 *
 * @param fileName for example {@code joinedup-my-data-2026-11-23.json}
 * @param content  the file, JSON in UTF-8
 */
public record DataExport(String fileName, byte[] content) {

    public static final String MEDIA_TYPE = "application/json";
}
