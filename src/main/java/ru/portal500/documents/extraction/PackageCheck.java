package ru.portal500.documents.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A look at a zip package (DOCX, XLSX, PPTX, ODT) before it is parsed, from its central directory only:
 * nothing is unpacked. A part larger than {@value #RATIO_FREE_BYTES} bytes that unpacks to more than
 * {@value #MAX_RATIO} times its packed size, or parts adding up to more than {@value #MAX_UNPACKED_BYTES}
 * bytes, make a zip bomb (real documents pack 5–30 to one); a package without a readable directory is
 * damaged (e.g. a truncated upload).
 *
 * <p>Sizes written in the directory can lie; then the unpacking itself is watched, by POI (the same ratio,
 * as it inflates) and by Tika's {@code SecureContentHandler} (text far longer than the file).
 */
final class PackageCheck {

    /** What the look found. */
    enum Verdict { SOUND, ZIP_BOMB, DAMAGED }

    static final long MAX_RATIO = 100;
    static final long RATIO_FREE_BYTES = 1024 * 1024;
    static final long MAX_UNPACKED_BYTES = 1024L * 1024 * 1024;

    private PackageCheck() {
    }

    static Verdict of(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long total = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                long packed = entry.getCompressedSize();
                total += Math.max(size, 0);
                if (size > RATIO_FREE_BYTES && (packed <= 0 || size / packed > MAX_RATIO) || total > MAX_UNPACKED_BYTES) {
                    return Verdict.ZIP_BOMB;
                }
            }
            return Verdict.SOUND;
        } catch (IOException | RuntimeException unreadable) {
            return Verdict.DAMAGED;
        }
    }
}
