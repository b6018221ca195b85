package ru.portal500.documents.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code Content-Type} a stored file is served with. A text file gets its charset, read from its bytes: UTF-8
 * (with or without its mark) or Windows-1251, Russian text as Notepad wrote it for years ({@link Cp1251Text}).
 * Served as a bare {@code text/plain}, a browser guessed the charset and showed Russian as mojibake. Other files keep
 * their type.
 */
public final class TextCharset {

    private static final int SAMPLE = 64 * 1024;

    private TextCharset() {
    }

    /** The type to serve the file with: {@code text/plain; charset=UTF-8} for a UTF-8 text file, and so on. */
    public static String contentType(String mediaType, Path file) throws IOException {
        if (mediaType == null || !mediaType.startsWith("text/") || mediaType.contains("charset=")) {
            return mediaType;
        }
        byte[] sample;
        boolean whole;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE);
            whole = in.read() < 0;
        }
        String charset = charsetOf(sample, whole);
        return charset == null ? mediaType : mediaType + "; charset=" + charset;
    }

    /** The charset of a text's first bytes ({@code whole}: they are all of it), or null when neither fits. */
    static String charsetOf(byte[] sample, boolean whole) {
        if (utf8(sample, whole)) {
            return "UTF-8";
        }
        return Cp1251Text.looksLike(sample) ? "windows-1251" : null;
    }

    private static boolean utf8(byte[] sample, boolean whole) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(sample);
        try {
            if (whole) {
                decoder.decode(bytes);
                return true;
            }
            // A sample cut in the middle of a letter is not malformed: the letter's last bytes are beyond it.
            java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(sample.length);
            java.nio.charset.CoderResult result = decoder.decode(bytes, chars, false);
            return !result.isError() && bytes.remaining() < 4;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
