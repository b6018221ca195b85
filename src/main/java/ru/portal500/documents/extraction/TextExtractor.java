package ru.portal500.documents.extraction;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import ru.portal500.documents.domain.AcceptedFormat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The text of a stored document, with Tika. Never throws for a bad document: every way a document can
 * fail gives an {@link Extraction} with the {@link ExtractionFailure}, and the file itself is only read.
 *
 * <p>Each extraction runs on a thread of the {@code workers} given to the constructor, while the calling
 * thread waits at most the time limit: past it the parse is cancelled (it stops at the next text it
 * reports; a parser stuck without reporting anything keeps its worker until it ends, and is logged) and
 * the answer is {@link ExtractionFailure#TOO_LONG_TIME}. Call it off the request thread (a background job
 * after the upload committed): a document takes from milliseconds to the whole time limit.
 *
 * <p>What it guards against: text longer than the limit (cut, {@link Extraction#truncated()}); password
 * protection; damaged files; zip bombs (a look at the package's directory before parsing, then POI's and
 * Tika's watch on the unpacking); XML external entities (Tika and POI parse Office XML with external
 * entities and DTDs off, so a document cannot make the server read its files — proven by a test; a DTD in
 * such XML, which «billion laughs» and the quadratic blow-up need, is refused before anything is expanded and
 * named {@link ExtractionFailure#XML_ENTITIES}).
 * OCR is off: a scanned PDF gives an empty text, quickly.
 *
 * <p>Thread-safe; one instance serves the whole portal (the {@code DocumentTextExtraction} bean).
 */
public final class TextExtractor {

    private static final Logger LOG = Logger.getLogger(TextExtractor.class.getName());
    private static final Set<AcceptedFormat> PACKAGES =
            EnumSet.of(AcceptedFormat.DOCX, AcceptedFormat.XLSX, AcceptedFormat.PPTX, AcceptedFormat.ODT);

    private final ExtractionLimits limits;
    private final ExecutorService workers;
    private final Parser parser;

    /**
     * @param limits  characters and time per file ({@link ExtractionLimits#DEFAULT})
     * @param workers where the parses run; threads must be available for as many extractions as callers
     *                run at once (an unbounded pool such as a cached one; in the portal a managed one)
     */
    public TextExtractor(ExtractionLimits limits, ExecutorService workers) {
        this(limits, workers, PortalTika.parser());
    }

    /** With another parser: for tests that need one that misbehaves. */
    TextExtractor(ExtractionLimits limits, ExecutorService workers, Parser parser) {
        this.limits = limits;
        this.workers = workers;
        this.parser = parser;
    }

    /**
     * The text of {@code file}, whose type was detected when it was stored.
     *
     * @param file      a stored file ({@code FileStore.path(sha256)})
     * @param mediaType its {@code StoredFile.mediaType()}; it is trusted (it came from the content), so the
     *                  document is not detected again
     * @return the text, or why there is none
     * @throws CancellationException the calling thread was interrupted (the server is stopping): nothing is
     *                               known about the document, try again later
     */
    public Extraction extract(Path file, String mediaType) {
        AcceptedFormat format = AcceptedFormat.of(mediaType).orElse(null);
        if (format == null) {
            return Extraction.failed(ExtractionFailure.UNSUPPORTED);
        }
        if (PACKAGES.contains(format)) {
            switch (PackageCheck.of(file)) {
                case ZIP_BOMB:
                    return Extraction.failed(ExtractionFailure.ZIP_BOMB);
                case DAMAGED:
                    return Extraction.failed(ExtractionFailure.DAMAGED);
                default:
                    break;
            }
        }
        long deadline = System.nanoTime() + limits.timeLimit().toNanos();
        CappedText text = new CappedText(limits.maxChars(), deadline);
        Future<Extraction> parse = workers.submit(() -> parse(file, format, text));
        try {
            return parse.get(limits.timeLimit().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException slow) {
            text.cancel();
            parse.cancel(true);
            LOG.warning(() -> "Text extraction of " + file.getFileName() + " passed " + limits.timeLimit() + "; cancelled");
            return Extraction.failed(ExtractionFailure.TOO_LONG_TIME);
        } catch (InterruptedException stopping) {
            text.cancel();
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while extracting " + file.getFileName());
        } catch (ExecutionException impossible) {
            throw new IllegalStateException("parse() returns every failure", impossible.getCause());
        }
    }

    private Extraction parse(Path file, AcceptedFormat format, CappedText text) {
        Metadata metadata = PortalTika.knownType(format.mediaType());
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, new BodyContentHandler(text), metadata, PortalTika.context());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return failure(e, file, text);
        }
        Optional<String> bomb = FailureReasons.zipBombSkipped(metadata);
        if (bomb.isPresent()) {
            LOG.info(() -> "No text from " + file.getFileName() + ": " + ExtractionFailure.ZIP_BOMB + ", " + bomb.get());
            return Extraction.failed(ExtractionFailure.ZIP_BOMB);
        }
        return Extraction.of(text.text());
    }

    private static Extraction failure(Throwable e, Path file, CappedText text) {
        Optional<CappedText.Stop> stop = FailureReasons.causeOf(e, CappedText.Stop.class);
        if (stop.isPresent()) {
            return stop.get().stopCause() == CappedText.Cause.LIMIT
                    ? Extraction.truncated(text.text()) : Extraction.failed(ExtractionFailure.TOO_LONG_TIME);
        }
        ExtractionFailure reason = FailureReasons.of(e);
        LOG.log(e instanceof Error ? Level.SEVERE : Level.INFO, () -> "No text from " + file.getFileName() + ": "
                + reason + ", " + e);
        LOG.log(Level.FINE, "The parser's failure", e);
        return Extraction.failed(reason);
    }
}
