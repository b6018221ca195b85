package ru.portal500.shared.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The text of an uploaded file and the encoding it was read in. UTF-16 when it has a UTF-16 BOM or the zero
 * bytes of UTF-16 (Excel's «Текст в Юникоде», tab-separated); UTF-8 (with or without BOM) when the bytes are
 * valid UTF-8, Windows-1251 otherwise — the encodings Russian spreadsheets are saved in.
 */
public record DecodedText(String text, Charset charset) {

    public static final Charset CP1251 = Charset.forName("windows-1251");

    /**
     * UTF-8 read as CP1251 and saved again ("РЁРєРѕР»Р°" for "Школа"): pairs of Р/С followed by a
     * character that no Russian word puts there.
     */
    private static final Pattern MOJIBAKE = Pattern.compile("[РС][ЃЂ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—™љ›њќћџЎўЈ¤Ґ¦§Ё©Є«¬®Ї°±Ііґµ¶·ё№є»јЅѕї]");

    public static DecodedText of(byte[] bytes) {
        Charset utf16 = utf16(bytes);
        if (utf16 != null) {
            int bom = hasUtf16Bom(bytes) ? 2 : 0;
            return new DecodedText(new String(bytes, bom, bytes.length - bom, utf16), utf16);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8);
        }
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new DecodedText(utf8, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new DecodedText(new String(bytes, CP1251), CP1251);
        }
    }

    /**
     * UTF-16 by its BOM, or by its zero bytes: neither UTF-8 nor Windows-1251 text has any, while in UTF-16 the
     * high byte of every Latin letter, digit, tab and line end is zero; the other high bytes of Russian text are
     * 04 (Cyrillic) or 20/21 (dashes, quotes, №), and the low bytes are practically never zero. Null for
     * anything else (a binary file has zeros everywhere).
     */
    private static Charset utf16(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        int sample = Math.min(bytes.length, 8192) & ~1;
        int pairs = sample / 2;
        if (pairs < 2) {
            return null;
        }
        int[] zeros = new int[2];
        int[] highBytesOfText = new int[2];
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            zeros[i & 1] += b == 0 ? 1 : 0;
            highBytesOfText[i & 1] += b == 0 || b == 0x04 || b == 0x20 || b == 0x21 ? 1 : 0;
        }
        for (int high = 0; high < 2; high++) {
            int low = 1 - high;
            if (zeros[high] > 0 && zeros[low] * 100 <= pairs && highBytesOfText[high] * 100 >= pairs * 95) {
                return high == 1 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            }
        }
        return null;
    }

    private static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
    }

    /** True when the text holds zero characters: the file is no text at all (an .xls, a document, an image). */
    public boolean isBinary() {
        return text.indexOf('\0') >= 0;
    }

    /** True when a line looks like text that went through the wrong encoding once already. */
    public static boolean looksGarbled(String line) {
        var matcher = MOJIBAKE.matcher(line);
        int hits = 0;
        while (matcher.find()) {
            if (++hits >= 3) {
                return true;
            }
        }
        return false;
    }
}
