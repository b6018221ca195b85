package ru.portal500.shared.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Text flowing down A4 pages: lines wrap at word boundaries (a word longer than a line is cut), a page that is
 * full starts the next, a heading is never left alone at the foot of a page, and every page gets its number.
 * Characters the font cannot show become "?" instead of failing the whole document. Expert conclusions, contest
 * protocols, diplomas and certificates are written on it.
 */
public final class PageFlow {

    /** A piece of text in regular or bold face. */
    public record Run(String text, boolean bold) {

        public static Run plain(String text) {
            return new Run(text, false);
        }

        public static Run strong(String text) {
            return new Run(text, true);
        }
    }

    public static final float BODY = 11;
    public static final float SMALL = 9.5f;
    private static final float LEFT = 70;
    private static final float RIGHT = 42;
    private static final float TOP = 56;
    private static final float BOTTOM = 56;
    private static final float LINE_SPACING = 1.35f;

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    /** Whether a character of the Basic Multilingual Plane shows: 0 not asked yet, 1 yes, -1 no (asked per letter). */
    private final byte[] regularShown = new byte[0x10000];
    private final byte[] boldShown = new byte[0x10000];
    private final Map<String, Float> regularWidths = new HashMap<>();
    private final Map<String, Float> boldWidths = new HashMap<>();
    private PDPageContentStream stream;
    private float y;

    public PageFlow(PDDocument document) throws IOException {
        this.document = document;
        this.regular = PdfFonts.regular(document);
        this.bold = PdfFonts.bold(document);
        newPage();
    }

    private static float width() {
        return PDRectangle.A4.getWidth() - LEFT - RIGHT;
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - TOP;
    }

    /** Starts the next page here, whatever room is left on this one (a diploma a page). */
    public void pageBreak() throws IOException {
        newPage();
    }

    /** A thin frame {@code inset} points inside the edges of the current page (a diploma's border). */
    public void frame(float inset, float lineWidth) throws IOException {
        stream.setLineWidth(lineWidth);
        stream.addRect(inset, inset, PDRectangle.A4.getWidth() - 2 * inset, PDRectangle.A4.getHeight() - 2 * inset);
        stream.stroke();
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    private void keep(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    /** Starts a new page unless {@code lines} lines of body text still fit: keeps a heading with what follows. */
    public void keepLines(int lines) throws IOException {
        keep(lines * BODY * LINE_SPACING);
    }

    public void gap(float points) {
        y -= points;
    }

    public void title(String text, float size) throws IOException {
        List<List<Token>> lines = wrap(List.of(Run.strong(text)), size, width());
        float leading = size * LINE_SPACING;
        for (List<Token> line : lines) {
            keep(leading);
            y -= leading;
            float lineWidth = widthOf(line, size);
            draw(line, LEFT + (width() - lineWidth) / 2, size);
        }
    }

    /** A bold heading kept together with at least two lines of what follows. */
    public void heading(String text, float size) throws IOException {
        gap(size * 0.6f);
        keep(size * LINE_SPACING + 2 * BODY * LINE_SPACING);
        paragraph(0, size, Run.strong(text));
    }

    public void paragraph(float indent, float size, Run... runs) throws IOException {
        float leading = size * LINE_SPACING;
        for (List<Token> line : wrap(List.of(runs), size, width() - indent)) {
            keep(leading);
            y -= leading;
            draw(line, LEFT + indent, size);
        }
    }

    /** Closes the last page, with no page numbers (pages that are each a document of their own: diplomas). */
    public void finish() throws IOException {
        stream.close();
    }

    /** Closes the last page and writes "page n of m" (as {@code label} says it) at the foot of every page. */
    public void finish(IntFunction<String> pageOfPages) throws IOException {
        stream.close();
        int number = 0;
        for (PDPage page : document.getPages()) { // getPage(i) walks the page tree: quadratic in a long document
            int i = number++;
            try (PDPageContentStream footer = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String label = printable(pageOfPages.apply(i + 1), regular);
                float labelWidth = regular.getStringWidth(label) / 1000 * SMALL;
                footer.beginText();
                footer.setFont(regular, SMALL);
                footer.newLineAtOffset(LEFT + (width() - labelWidth) / 2, BOTTOM / 2);
                footer.showText(label);
                footer.endText();
            }
        }
    }

    /** A word of one face; a null word is a line break. */
    private record Token(String word, boolean bold) {
    }

    private PDType0Font font(boolean isBold) {
        return isBold ? bold : regular;
    }

    private List<Token> tokens(List<Run> runs) {
        List<Token> tokens = new ArrayList<>();
        for (Run run : runs) {
            String[] lines = run.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    tokens.add(new Token(null, run.bold()));
                }
                for (String word : printable(lines[i], font(run.bold())).split(" +")) {
                    if (!word.isEmpty()) {
                        tokens.add(new Token(word, run.bold()));
                    }
                }
            }
        }
        return tokens;
    }

    /** The width of a text at a size; each text's width in font units is measured once (words repeat). */
    private float widthOf(String text, boolean isBold, float size) throws IOException {
        Map<String, Float> widths = isBold ? boldWidths : regularWidths;
        Float units = widths.get(text);
        if (units == null) {
            units = font(isBold).getStringWidth(text);
            widths.put(text, units);
        }
        return units / 1000 * size;
    }

    private float widthOf(List<Token> line, float size) throws IOException {
        float total = 0;
        for (int i = 0; i < line.size(); i++) {
            total += widthOf((i == 0 ? "" : " ") + line.get(i).word(), line.get(i).bold(), size);
        }
        return total;
    }

    private List<List<Token>> wrap(List<Run> runs, float size, float maxWidth) throws IOException {
        List<List<Token>> lines = new ArrayList<>();
        List<Token> line = new ArrayList<>();
        float lineWidth = 0;
        for (Token token : tokens(runs)) {
            if (token.word() == null) {
                lines.add(line);
                line = new ArrayList<>();
                lineWidth = 0;
                continue;
            }
            for (Token piece : cut(token, size, maxWidth)) {
                float pieceWidth = widthOf((line.isEmpty() ? "" : " ") + piece.word(), piece.bold(), size);
                if (!line.isEmpty() && lineWidth + pieceWidth > maxWidth) {
                    lines.add(line);
                    line = new ArrayList<>();
                    pieceWidth = widthOf(piece.word(), piece.bold(), size);
                    lineWidth = 0;
                }
                line.add(piece);
                lineWidth += pieceWidth;
            }
        }
        lines.add(line);
        return lines;
    }

    /** A word that does not fit on a line, cut into pieces that do. */
    private List<Token> cut(Token token, float size, float maxWidth) throws IOException {
        if (widthOf(token.word(), token.bold(), size) <= maxWidth) {
            return List.of(token);
        }
        List<Token> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int[] codePoints = token.word().codePoints().toArray();
        for (int codePoint : codePoints) {
            String longer = piece + Character.toString(codePoint);
            if (piece.length() > 0 && widthOf(longer, token.bold(), size) > maxWidth) {
                pieces.add(new Token(piece.toString(), token.bold()));
                piece.setLength(0);
            }
            piece.appendCodePoint(codePoint);
        }
        pieces.add(new Token(piece.toString(), token.bold()));
        return pieces;
    }

    private void draw(List<Token> line, float x, float size) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.newLineAtOffset(x, y);
        // one text operation per run of words in the same face: a line of one face is one operation
        StringBuilder run = new StringBuilder();
        boolean runBold = line.get(0).bold();
        for (int i = 0; i < line.size(); i++) {
            Token token = line.get(i);
            if (token.bold() != runBold) {
                stream.setFont(font(runBold), size);
                stream.showText(run.toString());
                run.setLength(0);
                runBold = token.bold();
            }
            run.append(i == 0 ? "" : " ").append(token.word());
        }
        stream.setFont(font(runBold), size);
        stream.showText(run.toString());
        stream.endText();
    }

    /** The text with tabs as spaces, other control characters dropped, and what the font lacks as "?". */
    private String printable(String text, PDType0Font font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(codePoint)) {
                out.appendCodePoint(canShow(font, codePoint) ? codePoint : '?');
            }
        });
        return out.toString();
    }

    private boolean canShow(PDType0Font font, int codePoint) {
        byte[] known = font == bold ? boldShown : regularShown;
        if (codePoint < known.length && known[codePoint] != 0) {
            return known[codePoint] > 0;
        }
        int key = font == bold ? -codePoint - 1 : codePoint;
        boolean shown = printable.computeIfAbsent(key, k -> {
            try {
                font.encode(Character.toString(codePoint));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
        if (codePoint < known.length) {
            known[codePoint] = (byte) (shown ? 1 : -1);
        }
        return shown;
    }
}
