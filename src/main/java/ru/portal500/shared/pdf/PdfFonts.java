package ru.portal500.shared.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

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
        return load(document, Files.REGULAR_FILE);
    }

    public static PDType0Font bold(PDDocument document) throws IOException {
        return load(document, Files.BOLD_FILE);
    }

    /**
     * The face without glyph substitution: PDFBox 3 would otherwise apply the font's Latin ligature rules (fi, fl) on
     * every line it writes, compiling them anew each time — a protocol of 2,000 entries took minutes instead of
     * seconds — and Russian text has no ligatures to lose; text copied from the PDF stays letter for letter.
     */
    private static PDType0Font load(PDDocument document, byte[] file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
        font.setEnableGsub(false);
        return PDType0Font.load(document, font, true);
    }
}
