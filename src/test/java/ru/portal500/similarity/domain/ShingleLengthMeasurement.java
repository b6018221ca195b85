package ru.portal500.similarity.domain;

import org.tartarus.snowball.ext.RussianStemmer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The measurement behind {@link Shingles#LENGTH}: for shingles of 3 to 8 words, with and without stems, how much of
 * a seed text's shingles another seed has (the seeds are five unrelated orders and concepts of five regions, on the
 * same project and in the same official language: what they share is the language, not copying), and how much of a
 * copy survives when one word in ten is changed (a light rewording). Run with the seeds' folder as argument
 * (default {@code /work/shared/seeds}):
 *
 * <pre>mvn -o -q org.codehaus.mojo:exec-maven-plugin:3.6.3:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ru.portal500.similarity.domain.ShingleLengthMeasurement</pre>
 */
public final class ShingleLengthMeasurement {

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "/work/shared/seeds");
        List<List<String>> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                seeds.add(tokens(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        System.out.printf("%d seeds, %d words%n", seeds.size(), seeds.stream().mapToInt(List::size).sum());
        for (boolean stems : new boolean[] {false, true}) {
            List<List<String>> texts = stems ? seeds.stream().map(ShingleLengthMeasurement::stemmed).toList() : seeds;
            for (int k = 3; k <= 8; k++) {
                double shared = 0;
                double most = 0;
                int pairs = 0;
                for (int a = 0; a < texts.size(); a++) {
                    Set<String> own = shingles(texts.get(a), k);
                    for (int b = 0; b < texts.size(); b++) {
                        if (a != b) {
                            Set<String> other = shingles(texts.get(b), k);
                            double share = own.stream().filter(other::contains).count() / (double) own.size();
                            shared += share;
                            most = Math.max(most, share);
                            pairs++;
                        }
                    }
                }
                double kept = 0;
                Random random = new Random(k);
                for (List<String> text : texts) {
                    List<String> reworded = new ArrayList<>(text);
                    for (int i = 0; i < reworded.size(); i++) {
                        if (random.nextInt(10) == 0) {
                            reworded.set(i, "слово" + random.nextInt(1_000_000));
                        }
                    }
                    Set<String> own = shingles(text, k);
                    Set<String> copy = shingles(reworded, k);
                    kept += own.stream().filter(copy::contains).count() / (double) own.size();
                }
                System.out.printf(Locale.ROOT, "stems %-5s k=%d: unrelated seeds share %.2f %% of shingles (the most"
                        + " %.2f %%); a copy with 1 word in 10 changed keeps %.1f %%%n", stems, k, 100 * shared / pairs,
                        100 * most,
                        100 * kept / texts.size());
            }
        }
    }

    private static List<String> tokens(String text) {
        Words words = Words.of(text);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < words.count(); i++) {
            tokens.add(text.substring(words.start(i), words.end(i)).toLowerCase(Locale.ROOT).replace('ё', 'е'));
        }
        return tokens;
    }

    private static List<String> stemmed(List<String> tokens) {
        RussianStemmer stemmer = new RussianStemmer();
        return tokens.stream().map(t -> {
            stemmer.setCurrent(t);
            stemmer.stem();
            return stemmer.getCurrent();
        }).toList();
    }

    private static Set<String> shingles(List<String> tokens, int k) {
        Set<String> set = new HashSet<>();
        for (int i = 0; i + k <= tokens.size(); i++) {
            set.add(String.join(" ", tokens.subList(i, i + k)));
        }
        return set;
    }
}
