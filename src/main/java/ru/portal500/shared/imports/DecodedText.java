package ru.portal500.shared.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The text of an uploaded file and the encoding it was read in. UTF-8 (with or without BOM) when the
 * bytes are valid UTF-8, Windows-1251 otherwise — the two encodings Russian spreadsheets are saved in.
 */
public record DecodedText(String text, Charset charset) {

    public static final Charset CP1251 = Charset.forName("windows-1251");

    /**
     * UTF-8 read as CP1251 and saved again ("РЁРєРѕР»Р°" for "Школа"): pairs of Р/С followed by a
     * character that no Russian word puts there.
     */
    private static final Pattern MOJIBAKE = Pattern.compile("[РС][ЃЂ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—™љ›њќћџЎўЈ¤Ґ¦§Ё©Є«¬®Ї°±Ііґµ¶·ё№є»јЅѕї]");

    public static DecodedText of(byte[] bytes) {
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
