package ru.portal500.search.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The domain thesaurus of the programme ({@code thesaurus-ru.txt} beside this class): groups of phrases that name
 * one concept in other words — the official wording of the programme's documents and the everyday one of the
 * people who search («травля» ↔ «буллинг», «оснащение» ↔ «материально-техническая база», «мигранты» ↔ «русский
 * язык неродной»). Unlike the abbreviations of {@link Synonyms}, a phrase found through the thesaurus counts less
 * than the words typed ({@link Synonyms#THESAURUS_WEIGHT}). Every group says where it comes from (a seed document
 * and its section, or a line of the domain's description), so that an operator who sees it matched can judge it.
 * Immutable.
 */
public final class Thesaurus {

    /** A group of phrases for one concept and where the group comes from. */
    public record Group(List<String> phrases, String source) {
        public Group {
            phrases = List.copyOf(phrases);
            Objects.requireNonNull(source, "source");
        }
    }

    /** The comment line that names the source of the group on the next line. */
    static final String SOURCE_PREFIX = "# source:";

    private static final String RESOURCE = "thesaurus-ru.txt";
    private static final Thesaurus BUILT_IN = read(RESOURCE);

    private final List<Group> groups;

    private Thesaurus(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    /** The built-in thesaurus. */
    public static Thesaurus builtIn() {
        return BUILT_IN;
    }

    /** No groups at all (for measuring what the thesaurus brings). */
    static Thesaurus empty() {
        return new Thesaurus(List.of());
    }

    public List<Group> groups() {
        return groups;
    }

    /**
     * The groups of a text in the thesaurus's format: a group is a line of phrases separated by {@code |}; the
     * {@value #SOURCE_PREFIX} line right above it (blank lines and other comments may not come between) is its
     * source.
     *
     * @throws IllegalStateException a group without a source, or one {@link Synonyms#issue} refuses
     */
    static Thesaurus parse(BufferedReader reader, String name) throws IOException {
        List<Group> groups = new ArrayList<>();
        String source = null;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            line = line.strip();
            if (line.startsWith(SOURCE_PREFIX)) {
                source = line.substring(SOURCE_PREFIX.length()).strip();
                continue;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                source = null;
                continue;
            }
            if (source == null || source.isEmpty()) {
                throw new IllegalStateException(name + ":" + number + ": a group without a source line above it: " + line);
            }
            String[] phrases = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
            var issue = Synonyms.issue(phrases);
            if (issue.isPresent()) {
                throw new IllegalStateException(name + ":" + number + ": " + line + ": " + issue.get());
            }
            groups.add(new Group(List.of(phrases), source));
            source = null;
        }
        return new Thesaurus(groups);
    }

    private static Thesaurus read(String resource) {
        try (InputStream in = Thesaurus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
