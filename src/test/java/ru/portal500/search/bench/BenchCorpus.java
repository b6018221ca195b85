package ru.portal500.search.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Realistic Russian text for the benchmark: a word-bigram model of the judged corpus (the seeds' orders and
 * concepts and the practice-bank entries), so generated documents have the seeds' vocabulary, word forms and
 * word frequencies. The same seed gives the same text. The near-copy benchmark writes its texts with it too (there
 * unrelated texts share more 5-word runs than real ones would: a harder case for the index than the portal's).
 */
public final class BenchCorpus {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*|[.,;:]");

    private final String[] words;
    /** For each word, the words that follow it in the corpus (repeated as often as they follow it). */
    private final int[][] successors;
    private final int[] sentenceStarts;

    public BenchCorpus() {
        List<String> tokens = new ArrayList<>();
        for (String text : texts()) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                tokens.add(m.group());
            }
            tokens.add(".");
        }
        Map<String, Integer> ids = new HashMap<>();
        List<String> vocabulary = new ArrayList<>();
        int[] sequence = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            sequence[i] = ids.computeIfAbsent(tokens.get(i), t -> {
                vocabulary.add(t);
                return vocabulary.size() - 1;
            });
        }
        words = vocabulary.toArray(String[]::new);
        List<List<Integer>> follow = new ArrayList<>();
        vocabulary.forEach(w -> follow.add(new ArrayList<>()));
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i + 1 < sequence.length; i++) {
            follow.get(sequence[i]).add(sequence[i + 1]);
            if (words[sequence[i]].equals(".") && Character.isLetter(words[sequence[i + 1]].charAt(0))) {
                starts.add(sequence[i + 1]);
            }
        }
        successors = follow.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        sentenceStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    int vocabularySize() {
        return words.length;
    }

    /** About {@code wordCount} words of text, in sentences. */
    public String text(Random random, int wordCount) {
        StringBuilder text = new StringBuilder(wordCount * 9);
        int current = sentenceStarts[random.nextInt(sentenceStarts.length)];
        int written = 0;
        while (written < wordCount) {
            String word = words[current];
            boolean punctuation = word.length() == 1 && ".,;:".contains(word);
            if (!punctuation && text.length() > 0) {
                text.append(' ');
            }
            text.append(word);
            if (!punctuation) {
                written++;
            }
            int[] next = successors[current];
            current = next.length == 0 || (punctuation && word.equals(".") && random.nextInt(4) == 0)
                    ? sentenceStarts[random.nextInt(sentenceStarts.length)] : next[random.nextInt(next.length)];
        }
        return text.append('.').toString();
    }

    /** A title: a short run of words, capitalised, without punctuation. */
    String title(Random random) {
        String run = text(random, 5 + random.nextInt(6)).replaceAll("[.,;:]", "").strip();
        return Character.toUpperCase(run.charAt(0)) + run.substring(1);
    }

    private static List<String> texts() {
        try (InputStream in = BenchCorpus.class.getResourceAsStream("/search/judged-set.json"); JsonReader reader = Json.createReader(in)) {
            List<String> texts = new ArrayList<>();
            for (JsonObject item : reader.readObject().getJsonArray("items").getValuesAs(JsonObject.class)) {
                texts.add(item.getString("title"));
                texts.add(item.getString("text"));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
