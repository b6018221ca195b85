package ru.portal500.shared.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Liberation Serif faces (SIL Open Font License 1.1, from com.github.librepdf:openpdf-fonts-extra), read from
 * the class path once and embedded as subsets in each document the portal renders (expert conclusions, contest
 * protocols and diplomas), so Cyrillic shows on any reader.
 */
public final class PdfFonts {

    private static final String REGULAR = "/liberation/LiberationSerif-Regular.ttf";
    private static final String BOLD = "/liberation/LiberationSerif-Bold.ttf";

    private PdfFonts() {
    }

    /** The font files, read on first use. */
    private static final class Files {
        static final byte[] REGULAR_FILE = read(REGULAR);
        static final byte[] BOLD_FILE = read(BOLD);

        private static byte[] read(String path) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + path + " is not on the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static PDType0Font regular(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(Files.REGULAR_FILE), true);
    }

    public static PDType0Font bold(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(Files.BOLD_FILE), true);
    }
}
