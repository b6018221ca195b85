package ru.portal500.documents.extraction;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;

/** Tika as the portal sets it up for extracting text. */
final class PortalTika {

    /** The type the store detected, handed to the parser so that the document is not detected twice. */
    private static final Property KNOWN_TYPE = Property.internalText("portal500:known-content-type");

    private PortalTika() {
    }

    /** Tika's parsers, trusting the stored type for the document itself and detecting what is embedded in it. */
    static Parser parser() {
        TikaConfig tika = TikaConfig.getDefaultConfig();
        AutoDetectParser parser = new AutoDetectParser(tika);
        watchUnpacking();
        Detector detector = tika.getDetector();
        parser.setDetector((input, metadata) -> {
            String known = metadata.get(KNOWN_TYPE);
            return known != null ? MediaType.parse(known) : detector.detect(input, metadata);
        });
        return parser;
    }

    /** Metadata for parsing a document of a known type. */
    static Metadata knownType(String mediaType) {
        Metadata metadata = new Metadata();
        metadata.set(KNOWN_TYPE, mediaType);
        return metadata;
    }

    /** No OCR (slow, and not what the portal searches), streaming Office readers (bounded memory). */
    static ParseContext context() {
        ParseContext context = new ParseContext();
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    /**
     * Tika's OOXML parser turns POI's watch on the unpacking off when it loads (it counts on its
     * {@code SecureContentHandler}, which only sees the text once a part is unpacked, and the streaming
     * DOCX reader collects a whole run first: a bomb whose directory lies would be unpacked whole, hundreds
     * of MB). This loads that parser and puts POI's default back: a part over 100 KB unpacked may not grow
     * more than 100 times its packed size, checked as it unpacks. (It is POI's own global setting; the
     * portal's XLSX imports are protected again too.)
     */
    private static void watchUnpacking() {
        try {
            Class.forName("org.apache.tika.parser.microsoft.ooxml.OOXMLParser", true, PortalTika.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Tika's Office parsers are missing", e);
        }
        ZipSecureFile.setMinInflateRatio(1.0 / PackageCheck.MAX_RATIO);
    }
}
