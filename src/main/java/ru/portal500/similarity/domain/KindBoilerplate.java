package ru.portal500.similarity.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * The boilerplate of one kind of text (a document type, a contest, the practice bank): the shingles of the templates
 * registered for it (the order's template, the programme's headings, the seeds' standard wording), and the shingles
 * frequent in its texts, counted over a sample of them.
 *
 * <p><b>Frequent</b>: found in at least {@value #FREQUENT_PERCENT} % of the sampled texts of the kind and in at
 * least {@value #FREQUENT_TEXTS} of them; the rule applies once {@value #MIN_SAMPLE} texts are sampled (below that,
 * five schools' copies of one text could not be told from a template, so only registered templates count). The
 * sample is the kind's first {@value #SAMPLE} texts (a removed one leaves room for the next added): wording that
 * every text of a kind repeats is in any hundred of them, and counting every shingle of 100,000 texts would take
 * gigabytes. A copy shared by more than a tenth of the sample counts as boilerplate, so it is not reported: the
 * rule errs towards silence, never towards an accusation.
 */
final class KindBoilerplate implements Boilerplate {

    /** Texts of a kind sampled for frequent shingles. */
    static final int SAMPLE = 100;
    /** Sampled texts before the frequency rule applies. */
    static final int MIN_SAMPLE = 10;
    /** The share of the sample, in percent, a frequent shingle is found in. */
    static final int FREQUENT_PERCENT = 10;
    /** The fewest sampled texts a frequent shingle is found in. */
    static final int FREQUENT_TEXTS = 5;

    private final LongIntMap templates = new LongIntMap(1_024);
    private final LongIntMap frequency = new LongIntMap(16_384);
    private final Map<TextKey, long[]> sample = new HashMap<>();

    /** Adds a template's shingles. */
    void registerTemplate(long[] distinctShingles) {
        for (long shingle : distinctShingles) {
            templates.put(shingle, 1);
        }
    }

    /** Counts a text added to the kind, while the sample has room. */
    void added(TextKey key, long[] distinctShingles) {
        if (sample.size() < SAMPLE && !sample.containsKey(key)) {
            sample.put(key, distinctShingles);
            for (long shingle : distinctShingles) {
                frequency.add(shingle, 1);
            }
        }
    }

    /** Forgets a text removed from the kind. */
    void removed(TextKey key) {
        long[] shingles = sample.remove(key);
        if (shingles != null) {
            for (long shingle : shingles) {
                frequency.add(shingle, -1);
            }
        }
    }

    /** The fewest sampled texts a shingle is found in to be frequent, or 0 while the rule does not apply. */
    int frequentFrom() {
        int sampled = sample.size();
        if (sampled < MIN_SAMPLE) {
            return 0;
        }
        return Math.max(FREQUENT_TEXTS, (sampled * FREQUENT_PERCENT + 99) / 100);
    }

    @Override
    public boolean contains(long shingle) {
        if (templates.get(shingle) != 0) {
            return true;
        }
        int from = frequentFrom();
        return from > 0 && frequency.get(shingle) >= from;
    }

    /** The bytes it takes (arrays and the sample's shingles). */
    long bytes() {
        long bytes = templates.bytes() + frequency.bytes();
        for (long[] shingles : sample.values()) {
            bytes += 16 + 8L * shingles.length;
        }
        return bytes;
    }
}
