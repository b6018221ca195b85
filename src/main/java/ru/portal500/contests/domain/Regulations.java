package ru.portal500.contests.domain;

/**
 * A contest's regulations (положение о конкурсе) as a file of the portal's store: its content address, the name it
 * was uploaded with, its type as detected from the content and its size.
 */
public record Regulations(String sha256, String fileName, String mediaType, long size) {

    public static final int MAX_NAME = 255;

    public Regulations {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}") || mediaType == null || size < 1) {
            throw new IllegalArgumentException("A stored file has an address, a type and content");
        }
        fileName = fileName == null || fileName.isBlank() ? "regulations" : fileName.strip();
        if (fileName.length() > MAX_NAME) {
            fileName = fileName.substring(fileName.length() - MAX_NAME);
        }
    }
}
