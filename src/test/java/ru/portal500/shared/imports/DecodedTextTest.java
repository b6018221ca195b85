package ru.portal500.shared.imports;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecodedTextTest {

    private static final String TEXT = "Код;Название\natk-1;МБОУ «СОШ № 1 г. Аткарска», ёлка\n";

    @Test
    void utf8IsReadAsUtf8() {
        DecodedText decoded = DecodedText.of(TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertEquals(TEXT, decoded.text());
    }

    @Test
    void aByteOrderMarkIsDropped() {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals(TEXT, DecodedText.of(withBom).text());
    }

    @Test
    void windows1251IsRecognisedByItsInvalidUtf8() {
        DecodedText decoded = DecodedText.of(TEXT.getBytes(DecodedText.CP1251));
        assertEquals(DecodedText.CP1251, decoded.charset());
        assertEquals(TEXT, decoded.text());
    }

    @Test
    void mojibakeIsCaughtAndRussianIsNot() {
        String garbled = new String("Школа № 1 города Аткарска".getBytes(StandardCharsets.UTF_8), DecodedText.CP1251);
        assertTrue(DecodedText.looksGarbled(garbled), garbled);
        assertFalse(DecodedText.looksGarbled("МБОУ «СОШ № 1 г. Аткарска», Саратовская область, Рёбра, Сёмин"));
        assertFalse(DecodedText.looksGarbled("School No. 1"));
    }
}
