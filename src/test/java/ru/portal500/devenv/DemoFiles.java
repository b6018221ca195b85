package ru.portal500.devenv;

import ru.portal500.documents.SampleDocuments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo year's documents, made at run time from short excerpts of the seeds' texts ({@code /demo/*.txt}: the
 * first line is the document's title, every other line a paragraph): DOCX with POI, PDF with PDFBox and an embedded
 * font with Cyrillic, as {@link SampleDocuments} makes them. No binary is committed.
 */
public final class DemoFiles {

    /** The excerpts under {@code src/test/resources/demo}. */
    public enum Text {
        CONCEPT("concept"), PROGRAMME("programme"), ANTIRISK("antirisk"), ROADMAP("roadmap"),
        SELF_EVALUATION("self-evaluation");

        private final String resource;

        Text(String resource) {
            this.resource = resource;
        }

        /** The title, then the paragraphs. */
        public List<String> paragraphs() {
            try (InputStream in = DemoFiles.class.getResourceAsStream("/demo/" + resource + ".txt")) {
                if (in == null) {
                    throw new IllegalStateException("No demo text " + resource);
                }
                List<String> lines = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        lines.add(line.strip());
                    }
                }
                return lines;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The title with a school's name, then the paragraphs (and, for a later version, what changed). */
        List<String> forSchool(String school, String... added) {
            List<String> lines = new ArrayList<>(paragraphs());
            lines.set(0, lines.get(0) + " — " + school);
            lines.addAll(List.of(added));
            return lines;
        }
    }

    private DemoFiles() {
    }

    public static byte[] docx(List<String> paragraphs) {
        return SampleDocuments.docx(paragraphs);
    }

    public static byte[] pdf(List<String> paragraphs) {
        return SampleDocuments.pdf(paragraphs);
    }

    /** A PDF saved with a password, as schools sometimes upload one: the portal cannot read its text. */
    public static byte[] passwordProtectedPdf(List<String> paragraphs) {
        return SampleDocuments.encryptedPdf(paragraphs);
    }
}
