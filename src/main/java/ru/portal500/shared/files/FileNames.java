package ru.portal500.shared.files;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * File names as people gave them, made safe to keep and to send back: «Концепция развития (2026).docx»
 * stays as it is; paths, control characters and tricks are taken out.
 */
public final class FileNames {

    /** The most a name may take, in UTF-8 bytes (what Linux and most file systems allow). */
    public static final int MAX_BYTES = 255;
    /** The name of a file whose own name had nothing usable in it. */
    public static final String UNNAMED = "документ";

    private static final int MAX_EXTENSION_LENGTH = 10;
    private static final java.util.regex.Pattern DEVICE = java.util.regex.Pattern.compile(
            "(?i)(CON|PRN|AUX|NUL|COM[1-9¹²³]|LPT[1-9¹²³]|CONIN\\$|CONOUT\\$)");

    private FileNames() {
    }

    /**
     * The name to keep for an upload: only the last part of a path ({@code C:\Users\…\plan.docx} and
     * {@code ../../etc/passwd} give {@code plan.docx} and {@code passwd}); without control and invisible
     * formatting characters (such as the right-to-left override that turns {@code cod.exe} into
     * {@code exe.doc} on screen); the characters Windows forbids ({@code <>:"|?*}) replaced by {@code _};
     * runs of spaces as one; no leading dots or spaces, no trailing dots or spaces; Unicode NFC (so a
     * «й» typed on a Mac is one character); at most {@value #MAX_BYTES} UTF-8 bytes, shortened in the
     * middle so that the extension survives. Cyrillic and every other letter stay. A name that is only an
     * extension ({@code .pdf}, {@code ...docx}) becomes {@value #UNNAMED} with it ({@code документ.pdf}); a name
     * Windows keeps for a device ({@code CON}, {@code PRN}, {@code AUX}, {@code NUL}, {@code COM1}–{@code COM9},
     * {@code LPT1}–{@code LPT9}, with any extension) gets {@code _} after it ({@code LPT1_.docx}), so that it
     * can be saved there. {@value #UNNAMED} when nothing is left.
     */
    public static String clean(String original) {
        if (original == null) {
            return UNNAMED;
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if ("<>:\"|?*".indexOf(c) >= 0) {
                kept.append('_');
            } else if (!invisible(c)) {
                kept.appendCodePoint(c);
            }
        });
        name = kept.toString().replaceAll(" {2,}", " ").replaceAll("[. ]+$", "");
        String lead = name.replaceAll("^[. ]+", "");
        if (lead.length() < name.length() && !lead.isEmpty() && lead.indexOf('.') < 0 && lead.indexOf(' ') < 0
                && lead.length() <= MAX_EXTENSION_LENGTH) {
            name = UNNAMED + "." + lead; // ".pdf": the extension alone
        } else {
            name = lead;
        }
        return name.isEmpty() ? UNNAMED : shorten(notADevice(name));
    }

    /** {@code CON.docx} → {@code CON_.docx}: Windows opens a device, not a file, for these names. */
    private static String notADevice(String name) {
        int dot = name.indexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        return DEVICE.matcher(base.strip()).matches() ? base.strip() + "_" + (dot < 0 ? "" : name.substring(dot)) : name;
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }

    /** At most {@value #MAX_BYTES} UTF-8 bytes, the extension kept, never a code point cut in two. */
    private static String shorten(String name) {
        if (utf8Length(name) <= MAX_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION_LENGTH + 1
                && name.indexOf(' ', dot) < 0 ? name.substring(dot) : "";
        String base = name.substring(0, name.length() - extension.length());
        int budget = MAX_BYTES - utf8Length(extension);
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < base.length(); ) {
            int c = base.codePointAt(i);
            int bytes = utf8Length(new String(Character.toChars(c)));
            if (used + bytes > budget) {
                break;
            }
            kept.appendCodePoint(c);
            used += bytes;
            i += Character.charCount(c);
        }
        return kept.toString().stripTrailing() + extension;
    }

    static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
