package ru.portal500.documents.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A text file is served with the charset its bytes are in, so that a browser shows Russian and not mojibake. */
class TextCharsetTest {

    private static final String RUSSIAN = "Положение о конкурсе «Панорама методических кейсов» — заявки до 30 ноября.\n";

    @TempDir
    Path folder;

    private String typeOf(String mediaType, byte[] bytes) throws IOException {
        Path file = Files.write(folder.resolve("file"), bytes);
        return TextCharset.contentType(mediaType, file);
    }

    @Test
    void russianTextInWindows1251IsServedWithThatCharset() throws IOException {
        assertEquals("text/plain; charset=windows-1251", typeOf("text/plain", RUSSIAN.getBytes(Charset.forName("windows-1251"))));
    }

    @Test
    void utf8TextWithOrWithoutItsMarkIsServedAsUtf8() throws IOException {
        assertEquals("text/plain; charset=UTF-8", typeOf("text/plain", RUSSIAN.getBytes(StandardCharsets.UTF_8)));
        byte[] marked = ("\uFEFF" + RUSSIAN).getBytes(StandardCharsets.UTF_8);
        assertEquals("text/plain; charset=UTF-8", typeOf("text/plain", marked));
        assertEquals("text/plain; charset=UTF-8", typeOf("text/plain", "plain ASCII".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aLongUtf8TextCutInTheMiddleOfALetterIsStillUtf8() throws IOException {
        // 64 KiB and one byte: the sample ends inside the two bytes of a Cyrillic letter.
        byte[] text = ("a" + "я".repeat(40_000)).getBytes(StandardCharsets.UTF_8);
        assertEquals("text/plain; charset=UTF-8", typeOf("text/plain", text));
    }

    @Test
    void otherFilesKeepTheirType() throws IOException {
        assertEquals("application/pdf", typeOf("application/pdf", RUSSIAN.getBytes(StandardCharsets.UTF_8)));
        assertEquals("text/csv; charset=UTF-8", typeOf("text/csv; charset=UTF-8", new byte[] {(byte) 0xe9}));
    }
}
