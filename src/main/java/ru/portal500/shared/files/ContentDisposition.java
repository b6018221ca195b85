package ru.portal500.shared.files;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;

/**
 * The {@code Content-Disposition} header of a download (RFC 6266, with the RFC 5987 UTF-8 form), so that
 * «Концепция развития.docx» is saved under its Cyrillic name:
 * {@code attachment; filename="Kontseptsiya razvitiya.docx"; filename*=UTF-8''%D0%9A%D0%BE…}. Browsers
 * use {@code filename*}; the transliterated {@code filename} is for the few that do not.
 */
public final class ContentDisposition {

    private static final String ATTR_CHAR = "!#$&+-.^_`|~";
    private static final Map<Character, String> TRANSLIT = transliteration();

    private ContentDisposition() {
    }

    /** {@code attachment; …}: the browser saves the file. The name is cleaned first ({@link FileNames#clean}). */
    public static String attachment(String fileName) {
        return header("attachment", fileName);
    }

    /** {@code inline; …}: the browser shows the file itself if it can (the PDF preview). */
    public static String inline(String fileName) {
        return header("inline", fileName);
    }

    /** For opening a file: inline for what the browser previews (a PDF), attachment for anything else. */
    public static String forOpening(String fileName, boolean previewable) {
        return previewable ? inline(fileName) : attachment(fileName);
    }

    private static String header(String disposition, String fileName) {
        String name = FileNames.clean(fileName);
        return disposition + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encode(name);
    }

    /** The name in printable ASCII: Russian transliterated, other letters without accents, the rest {@code _}. */
    static String asciiFallback(String name) {
        StringBuilder ascii = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            String latin = TRANSLIT.get(Character.toLowerCase(c));
            char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
            if (latin != null) {
                ascii.append(Character.isUpperCase(c) && !latin.isEmpty() ? capitalise(latin) : latin);
            } else if (base >= 0x20 && base < 0x7f && base != '"' && base != '\\' && base != '%') {
                ascii.append(base);
            } else {
                ascii.append('_');
            }
        }
        return ascii.toString();
    }

    /** RFC 5987 {@code value-chars}: attr-chars as they are, every other UTF-8 byte as {@code %XX}. */
    static String encode(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    private static String capitalise(String latin) {
        return Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
    }

    private static Map<Character, String> transliteration() {
        String[] latin = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
        Map<Character, String> map = new java.util.HashMap<>();
        for (char c = 'а'; c <= 'я'; c++) {
            map.put(c, latin[c - 'а']);
        }
        map.put('ё', "e");
        return Map.copyOf(map);
    }
}
