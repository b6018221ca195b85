package ru.portal500.expertise.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The checklists every region starts with (version 1 each; the region's operator edits them as new versions):
 * for the concept of development, the antirisk programme and the roadmap. Their criteria are drawn from the seeds'
 * regional and municipal orders (each criterion's guidance names its source); the thresholds (80 % conforms,
 * 60 % with remarks) are the portal's defaults, not the orders'.
 */
public final class DefaultChecklists {

    /** Where the JSON files lie on the class path. */
    public static final String FOLDER = "/ru/portal500/expertise/checklists/";

    /** The files, in the order the documents are written in a campaign. */
    public static final List<String> FILES = List.of("concept.json", "antirisk-programme.json", "roadmap.json");

    /**
     * The checklist a contest's cases are scored with unless its organiser chooses another: the portal's own
     * criteria (the seeds name no criteria of their contest), applying to {@value #CONTEST_CASE}.
     */
    public static final String CONTEST_CASE_FILE = "contest-case.json";

    /** What the contest checklist applies to: a contest entry, not a document type. */
    public static final String CONTEST_CASE = "CONTEST_CASE";

    private DefaultChecklists() {
    }

    /**
     * Every default checklist, read and checked.
     *
     * @throws IllegalStateException when a file is missing or invalid: a build defect, caught by the tests
     */
    public static List<Checklist> all() {
        return FILES.stream().map(DefaultChecklists::read).toList();
    }

    /** Every checklist a region starts with: the documents' and the contest cases'. */
    public static List<Checklist> forRegion() {
        return java.util.stream.Stream.concat(all().stream(), java.util.stream.Stream.of(read(CONTEST_CASE_FILE)))
                .toList();
    }

    /** The default checklist for a document type code (CONCEPT, ANTIRISK_PROGRAMME, ROADMAP). */
    public static Optional<Checklist> forType(String appliesTo) {
        return all().stream().filter(c -> c.appliesTo().equals(appliesTo)).findFirst();
    }

    /** The JSON text of one default file, as it would be stored. */
    public static InputStream open(String file) {
        InputStream in = DefaultChecklists.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("No default checklist " + FOLDER + file);
        }
        return in;
    }

    private static Checklist read(String file) {
        try (InputStream in = open(file)) {
            ChecklistImport read = new ChecklistJsonReader().read(in);
            if (!read.isValid()) {
                throw new IllegalStateException("Default checklist " + file + ": " + read.problems());
            }
            return read.validChecklist();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
