package ru.portal500.similarity.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Boilerplate is not copying: two antirisk programmes written on the region's template (the Perm order's wording
 * and the programme's five headings, {@code template.txt}) with texts of their own (excerpts of two other regions'
 * orders) are not near-copies; a programme that takes 60 % of another's own text is, with its share counted on the
 * own text alone. Likewise wording that a tenth of a kind's texts repeat without a registered template.
 */
class BoilerplateTest {

    static final double THRESHOLD = 0.3;
    /** A low threshold, to show that nothing at all is left of the template. */
    static final double LOW_THRESHOLD = 0.15;
    static final String TEMPLATE = SampleTexts.resource("template.txt");

    /** A programme: the template's order wording, then each heading followed by a fifth of the own text. */
    static String programme(String own) {
        String[] lines = TEMPLATE.strip().split("\n+");
        Words words = Words.of(own);
        StringBuilder text = new StringBuilder(lines[0]).append("\n\n");
        int sections = lines.length - 1;
        for (int s = 0; s < sections; s++) {
            int from = words.count() * s / sections;
            int to = words.count() * (s + 1) / sections;
            text.append(lines[s + 1]).append('\n').append(own, words.start(from), words.end(to - 1)).append("\n\n");
        }
        return text.toString();
    }

    @Test
    void programmesSharingOnlyTheTemplateAreNotNearCopies() {
        String first = programme(SampleTexts.resource("own-1.txt"));
        String second = programme(SampleTexts.resource("own-2.txt"));
        // the control: without the template, the headings and the order's wording alone make them look alike
        double templateShare = Resemblance.of(second, first, Boilerplate.NONE).share();
        assertTrue(templateShare > LOW_THRESHOLD, "shared without the template: " + templateShare);

        SampleTexts.Store store = new SampleTexts.Store();
        NearCopyIndex index = new NearCopyIndex(store);
        index.registerTemplate("antirisk-programme", TEMPLATE);
        TextKey firstKey = store.put("document-version", 1, first);
        index.add(firstKey, "antirisk-programme", "school-1", first);
        TextKey secondKey = store.put("document-version", 2, second);
        index.add(secondKey, "antirisk-programme", "school-2", second);

        assertEquals(List.of(), judged(index.similarTo(secondKey, LOW_THRESHOLD)).copies());
        assertEquals(List.of(), judged(index.similarTo(firstKey, LOW_THRESHOLD)).copies());
        assertEquals(0, Resemblance.of(second, first, Boilerplate.ofTexts(TEMPLATE)).common());
    }

    @Test
    void aProgrammeTakingSixtyPercentOfAnothersOwnTextIsANearCopy() {
        String own = SampleTexts.resource("own-1.txt");
        String first = programme(own);
        String taken = SampleTexts.firstWords(own, 170); // 60 % of its 281 words
        String rest = SampleTexts.firstWords(SampleTexts.resource("own-3.txt"), 113);
        String copy = programme(taken + "\n" + rest);

        SampleTexts.Store store = new SampleTexts.Store();
        NearCopyIndex index = new NearCopyIndex(store);
        index.registerTemplate("antirisk-programme", TEMPLATE);
        TextKey firstKey = store.put("document-version", 1, first);
        index.add(firstKey, "antirisk-programme", "school-1", first);
        index.add(store.put("document-version", 3, programme(SampleTexts.resource("own-2.txt"))),
                "antirisk-programme", "school-3", programme(SampleTexts.resource("own-2.txt")));
        TextKey copyKey = store.put("document-version", 2, copy);
        index.add(copyKey, "antirisk-programme", "school-2", copy);

        List<NearCopy> copies = judged(index.similarTo(copyKey, THRESHOLD)).copies();
        assertEquals(1, copies.size(), copies.toString());
        NearCopy found = copies.get(0);
        assertEquals(firstKey, found.other());
        assertEquals(NearCopy.Basis.EXACT, found.basis());
        // counted in distinct 5-word runs, the template's left out: own-1 repeats some phrases, and the joins of the
        // copy's own text with the headings add runs of their own, so 60 % of the words is 53 % of the runs (54 % seen from the first)
        Resemblance exact = Resemblance.of(copy, first, Boilerplate.ofTexts(TEMPLATE));
        assertEquals(exact.share(), found.share(), 1e-12);
        assertEquals(exact.otherShare(), found.otherShare(), 1e-12);
        assertTrue(found.share() > 0.45 && found.share() < 0.65, "share " + found.share());
        assertTrue(found.otherShare() > 0.45 && found.otherShare() < 0.65, "other share " + found.otherShare());
        assertEquals(1, judged(index.similarTo(firstKey, THRESHOLD)).copies().size());
    }

    /**
     * Twelve programmes of one kind that each repeat the same standard paragraph (not registered), 40 % of each
     * text: the paragraph is frequent in the kind, so it does not make them near-copies; a thirteenth taking 60 %
     * of the first's own text is still found.
     */
    @Test
    void wordingATenthOfAKindsTextsRepeatIsNotCopying() {
        Random random = new Random(5);
        String standard = SampleTexts.text(SampleTexts.words(random, 200));
        SampleTexts.Store store = new SampleTexts.Store();
        NearCopyIndex index = new NearCopyIndex(store);
        List<TextKey> keys = new ArrayList<>();
        List<String> owns = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String own = SampleTexts.text(SampleTexts.words(random, 300));
            owns.add(own);
            String text = standard + "\n" + own;
            keys.add(store.put("practice", i, text));
            index.add(keys.get(i), "practice", "school-" + i, text);
        }
        double plainShare = Resemblance.of(store.texts.get(keys.get(1)), store.texts.get(keys.get(0)),
                Boilerplate.NONE).share();
        assertTrue(plainShare > THRESHOLD, "shared without the rule: " + plainShare);
        for (TextKey key : keys) {
            assertEquals(List.of(), judged(index.similarTo(key, THRESHOLD)).copies(), key.toString());
        }
        String copy = standard + "\n" + SampleTexts.firstWords(owns.get(0), 180) + " "
                + SampleTexts.text(SampleTexts.words(random, 120));
        List<NearCopy> found = judged(index.similarTo(copy, "practice", "school-12", THRESHOLD)).copies();
        assertEquals(1, found.size());
        assertEquals(keys.get(0), found.get(0).other());
        assertTrue(found.get(0).share() > 0.55, "share " + found.get(0).share());
    }

    /** Below ten texts of a kind the frequency rule is off: three schools' copies are not taken for a template. */
    @Test
    void aFewCopiesOfOneTextAreNotTakenForBoilerplate() {
        Random random = new Random(6);
        String shared = SampleTexts.text(SampleTexts.words(random, 300));
        SampleTexts.Store store = new SampleTexts.Store();
        NearCopyIndex index = new NearCopyIndex(store);
        for (int i = 0; i < 3; i++) {
            String text = shared + " " + SampleTexts.text(SampleTexts.words(random, 50));
            index.add(store.put("contest-entry", i, text), "contest-7", "school-" + i, text);
        }
        assertEquals(2, judged(index.similarTo(new TextKey("contest-entry", 0), THRESHOLD)).copies().size());
    }

    static NearCopies.Judged judged(NearCopies answer) {
        return assertInstanceOf(NearCopies.Judged.class, answer);
    }
}
