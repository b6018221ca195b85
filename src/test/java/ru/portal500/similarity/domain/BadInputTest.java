package ru.portal500.similarity.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad input: empty and very short texts get no verdict (said as such, not 0 %), a text of two million
 * characters is judged on its capped beginning, the same file uploaded twice by one school is not a copy of itself,
 * and a text in another language is judged like any other, with no false match with the Russian texts.
 */
class BadInputTest {

    static final double THRESHOLD = 0.3;

    private final SampleTexts.Store store = new SampleTexts.Store();
    private final NearCopyIndex index = new NearCopyIndex(store);

    private TextKey add(long id, String owner, String text) {
        TextKey key = store.put("document-version", id, text);
        index.add(key, "antirisk-programme", owner, text);
        return key;
    }

    @Test
    void emptyAndVeryShortTextsAreTooShortToJudge() {
        add(1, "school-1", SampleTexts.resource("own-1.txt"));
        String short49 = SampleTexts.firstWords(SampleTexts.resource("own-1.txt"), 49);
        for (String text : new String[] {null, "", "   ", "— № ___ —", short49}) {
            NearCopies answer = index.similarTo(text, "antirisk-programme", "school-2", THRESHOLD);
            NearCopies.TooShort tooShort = assertInstanceOf(NearCopies.TooShort.class, answer, String.valueOf(text));
            assertEquals(NearCopyIndex.MIN_WORDS, tooShort.minimum());
        }
        assertEquals(49, ((NearCopies.TooShort) index.similarTo(short49, "antirisk-programme", "school-2",
                THRESHOLD)).words());
        // 50 words, all of them the first text's: judged, and found
        String fifty = SampleTexts.firstWords(SampleTexts.resource("own-1.txt"), 50);
        NearCopies.Judged judged = assertInstanceOf(NearCopies.Judged.class,
                index.similarTo(fifty, "antirisk-programme", "school-2", THRESHOLD));
        assertEquals(1.0, judged.copies().get(0).share());
        // a short text is not held, so it is nobody's near-copy either
        assertTrue(index.add(new TextKey("document-version", 9), "antirisk-programme", "school-9", short49).isEmpty());
        assertEquals(1, index.size());
    }

    @Test
    void aTextThatIsAllTemplateHasNothingOfItsOwnToJudge() {
        String template = SampleTexts.resource("template.txt");
        index.registerTemplate("antirisk-programme", template);
        NearCopies answer = index.similarTo(template, "antirisk-programme", "school-2", THRESHOLD);
        assertInstanceOf(NearCopies.OnlyBoilerplate.class, answer);
    }

    @Test
    void aTextOfTwoMillionCharactersIsJudgedOnItsCappedBeginning() {
        Random random = new Random(2);
        String original = SampleTexts.text(SampleTexts.words(random, 2_000));
        TextKey originalKey = add(1, "school-1", original);
        StringBuilder huge = new StringBuilder(2_100_000).append(original).append(' ');
        while (huge.length() < 2_000_000) {
            huge.append(SampleTexts.text(SampleTexts.words(random, 1_000))).append(' ');
        }
        TextKey hugeKey = add(2, "school-2", huge.toString());
        NearCopies.Judged judged = assertInstanceOf(NearCopies.Judged.class, index.similarTo(hugeKey, 0.05));
        assertTrue(judged.partial());
        NearCopy copy = judged.copies().get(0);
        assertEquals(originalKey, copy.other());
        assertEquals(NearCopy.Basis.BEGINNING_ONLY, copy.basis());
        // the share is of the 20,000 words read, of which the original is a tenth
        Resemblance capped = Resemblance.of(huge.toString(), original, Boilerplate.NONE);
        assertEquals(Words.MAX_WORDS - Shingles.LENGTH + 1, Shingles.of(huge.toString()).count());
        assertEquals(capped.share(), copy.share(), 1e-12);
        assertTrue(copy.share() < 0.11, "share " + copy.share());
        assertEquals(1.0, copy.otherShare(), 1e-12);
        // seen from the original: wholly in the other text
        NearCopy back = ((NearCopies.Judged) index.similarTo(originalKey, THRESHOLD)).copies().get(0);
        assertEquals(1.0, back.share(), 1e-12);
        assertEquals(NearCopy.Basis.BEGINNING_ONLY, back.basis());
    }

    @Test
    void theSameFileUploadedTwiceByOneSchoolIsNotACopyOfItself() {
        String text = SampleTexts.resource("own-2.txt");
        TextKey first = add(1, "school-1", text);
        TextKey again = add(2, "school-1", text);
        assertEquals(List.of(), ((NearCopies.Judged) index.similarTo(again, THRESHOLD)).copies());
        assertEquals(List.of(), ((NearCopies.Judged) index.similarTo(first, THRESHOLD)).copies());
        // the same file by another school is a copy
        TextKey other = add(3, "school-2", text);
        List<NearCopy> copies = ((NearCopies.Judged) index.similarTo(other, THRESHOLD)).copies();
        assertEquals(2, copies.size());
        assertEquals(1.0, copies.get(0).share());
        // a text re-added under its key replaces itself: still one text under that key
        add(3, "school-2", text);
        assertEquals(3, index.size());
    }

    @Test
    void aTextInAnotherLanguageIsJudgedWithoutFalseMatches() {
        for (int i = 1; i <= 4; i++) {
            add(i, "school-" + i, SampleTexts.resource("own-" + i + ".txt"));
        }
        String english = "The regional project of targeted methodological help to schools with low educational "
                + "results of students was implemented in 2023. Its aim is to raise the quality of education in the "
                + "schools of the region that have low results, by the joint work of the school teams, their "
                + "curators and the municipal methodological services. Each school draws up an antirisk programme "
                + "for the risk factors found in its profile, carries out its measures and reports on the results "
                + "achieved at the end of the school year.";
        String tatar = "Төбәк проекты түбән белем нәтиҗәләре булган мәктәпләргә адреслы методик ярдәм күрсәтү "
                + "максатыннан 2023 елда гамәлгә ашырылды. Аның максаты - мәктәп командалары, кураторлар һәм "
                + "муниципаль методик хезмәтләрнең уртак эше аркасында төбәкнең түбән нәтиҗәле мәктәпләрендә "
                + "белем сыйфатын күтәрү. Hər mäktäp üz profilendä tabılğan xəwef faktorları öçen antirisk "
                + "programması tözi, anıñ çaraların ütäy häm uqu yılı azağında irešelgän näticälär turında xisap "
                + "birä.";
        for (String text : new String[] {english, tatar}) {
            NearCopies.Judged judged = assertInstanceOf(NearCopies.Judged.class,
                    index.similarTo(text, "antirisk-programme", "school-9", 0.01));
            assertEquals(List.of(), judged.copies());
            assertFalse(judged.partial());
        }
        // and a copy in that language is found like any other
        TextKey englishKey = add(5, "school-5", english);
        List<NearCopy> copies = ((NearCopies.Judged) index.similarTo(english + " " + english.toUpperCase(),
                "antirisk-programme", "school-6", THRESHOLD)).copies();
        assertEquals(englishKey, copies.get(0).other());
    }
}
