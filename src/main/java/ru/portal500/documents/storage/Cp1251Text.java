package ru.portal500.documents.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Russian plain text saved in Windows-1251 (what Notepad wrote for years). Tika's detector knows text by
 * ASCII and UTF-8 only and calls these bytes {@code application/octet-stream}; this recognises them: no
 * control characters but line breaks and tabs, and every byte above 127 a Cyrillic letter or the
 * punctuation Russian text uses (« » — – № …), with Cyrillic letters making a real share of the letters.
 */
final class Cp1251Text {

    private static final int SAMPLE = 64 * 1024;

    private Cp1251Text() {
    }

    static boolean looksLike(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE);
        }
        return looksLike(sample);
    }

    /** The same test on a file's first bytes. */
    static boolean looksLike(byte[] sample) {
        int cyrillic = 0;
        int latin = 0;
        for (byte b : sample) {
            int c = b & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f) {
                return false;
            }
            if (c >= 0xc0 || c == 0xa8 || c == 0xb8) {
                cyrillic++;
            } else if (c >= 0x80 && !punctuation(c)) {
                return false;
            } else if (Character.isLetter(c)) {
                latin++;
            }
        }
        return cyrillic > 0 && cyrillic * 4 >= latin;
    }

    /** … ‘ ’ “ ” • – — nbsp § « ° ± № » in Windows-1251. */
    private static boolean punctuation(int c) {
        return c == 0x85 || c >= 0x91 && c <= 0x97 || c == 0xa0 || c == 0xa7 || c == 0xab || c == 0xb0
                || c == 0xb1 || c == 0xb9 || c == 0xbb;
    }
}
