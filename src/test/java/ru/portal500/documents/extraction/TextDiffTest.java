package ru.portal500.documents.extraction;

import org.junit.jupiter.api.Test;
import ru.portal500.documents.RussianText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.documents.extraction.Change.Kind.ADDED;
import static ru.portal500.documents.extraction.Change.Kind.REMOVED;
import static ru.portal500.documents.extraction.Change.Kind.UNCHANGED;

class TextDiffTest {

    private static final String V1 = """
            Концепция развития школы
            Цель: повышение качества образования.
            Задача 1. Снизить долю неуспевающих.
            Задача 2. Развивать наставничество.
            Ответственный — директор.""";

    @Test
    void theSameTextIsOneUnchangedRun() {
        assertEquals(List.of(new Change(UNCHANGED, paragraphs(V1))), TextDiff.between(V1, V1));
    }

    @Test
    void anAddedParagraphIsShownWhereItWasAdded() {
        String v2 = V1.replace("Задача 2.", "Задача 1а. Открыть кружок робототехники.\nЗадача 2.");

        assertEquals(List.of(
                new Change(UNCHANGED, paragraphs(V1).subList(0, 3)),
                new Change(ADDED, List.of("Задача 1а. Открыть кружок робототехники.")),
                new Change(UNCHANGED, paragraphs(V1).subList(3, 5))), TextDiff.between(V1, v2));
    }

    @Test
    void aRemovedParagraphIsShownWhereItWas() {
        String v2 = V1.replace("Задача 1. Снизить долю неуспевающих.\n", "");

        assertEquals(List.of(
                new Change(UNCHANGED, paragraphs(V1).subList(0, 2)),
                new Change(REMOVED, List.of("Задача 1. Снизить долю неуспевающих.")),
                new Change(UNCHANGED, paragraphs(V1).subList(3, 5))), TextDiff.between(V1, v2));
    }

    @Test
    void aRewrittenParagraphIsRemovedThenAdded() {
        String v2 = V1.replace("Ответственный — директор.", "Ответственный — заместитель директора по УВР.");

        assertEquals(List.of(
                new Change(UNCHANGED, paragraphs(V1).subList(0, 4)),
                new Change(REMOVED, List.of("Ответственный — директор.")),
                new Change(ADDED, List.of("Ответственный — заместитель директора по УВР."))), TextDiff.between(V1, v2));
    }

    @Test
    void spacingAndBlankLinesAreNotChanges() {
        String v2 = "\n\n  Концепция   развития школы\r\n\r\nЦель: повышение\tкачества образования.  \n"
                + "Задача 1. Снизить долю неуспевающих.\n\nЗадача 2. Развивать наставничество.\nОтветственный — директор.\n";

        assertEquals(List.of(new Change(UNCHANGED, paragraphs(V1))), TextDiff.between(V1, v2));
    }

    @Test
    void fromNothingEverythingIsAddedAndToNothingEverythingIsRemoved() {
        assertEquals(List.of(new Change(ADDED, paragraphs(V1))), TextDiff.between("", V1));
        assertEquals(List.of(new Change(REMOVED, paragraphs(V1))), TextDiff.between(V1, null));
        assertEquals(List.of(), TextDiff.between("", " \n "));
    }

    @Test
    void theScriptIsTheShortestAndRebuildsBothVersions() {
        Random random = new Random(500);
        for (int round = 0; round < 300; round++) {
            String[] older = randomText(random);
            String[] newer = edited(older, random);

            List<Change> changes = TextDiff.between(String.join("\n", older), String.join("\n", newer));

            assertEquals(Arrays.asList(older), side(changes, ADDED), "the older version, round " + round);
            assertEquals(Arrays.asList(newer), side(changes, REMOVED), "the newer version, round " + round);
            int edits = changes.stream().filter(c -> c.kind() != UNCHANGED).mapToInt(c -> c.paragraphs().size()).sum();
            assertEquals(older.length + newer.length - 2 * longestCommon(older, newer), edits, "minimal, round " + round);
        }
    }

    @Test
    void beyondTheEditBoundTheTextsAreComparedAsSetsAndStillRebuildTheNewerVersion() {
        String older = "А\nБ\nВ\nГ\nД";
        String newer = "Д\nВ\nЕ\nА";

        List<Change> changes = TextDiff.between(older, newer, 1);

        assertEquals(List.of(
                new Change(REMOVED, List.of("Б", "Г")),
                new Change(UNCHANGED, List.of("Д", "В")),
                new Change(ADDED, List.of("Е")),
                new Change(UNCHANGED, List.of("А"))), changes);
        assertEquals(List.of("Д", "В", "Е", "А"), side(changes, REMOVED));
    }

    @Test
    void twoLongUnrelatedTextsAreComparedQuickly() {
        String older = String.join("\n", RussianText.paragraphs(1, 4_000_000)); // ~10,000 paragraphs each
        String newer = String.join("\n", RussianText.paragraphs(2, 4_000_000));

        long start = System.nanoTime();
        List<Change> changes = TextDiff.between(older, newer);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertTrue(millis < 5_000, "compared in " + millis + " ms");
        assertEquals(Arrays.asList(TextDiff.paragraphs(newer)), side(changes, REMOVED));
    }

    @Test
    void aFewEditsInALongTextAreFoundExactly() {
        List<String> older = RussianText.paragraphs(3, 2_000_000);
        List<String> newer = new ArrayList<>(older);
        newer.remove(100);
        newer.add(2_000, "Новый пункт дорожной карты: сетевое взаимодействие со школой-партнёром.");

        List<Change> changes = TextDiff.between(String.join("\n", older), String.join("\n", newer));

        assertEquals(List.of(UNCHANGED, REMOVED, UNCHANGED, ADDED, UNCHANGED), changes.stream().map(Change::kind).toList());
    }

    private static List<String> paragraphs(String text) {
        return Arrays.asList(TextDiff.paragraphs(text));
    }

    /** One version back from the changes: all runs but those of the other version ({@code ADDED} leaves the older). */
    private static List<String> side(List<Change> changes, Change.Kind other) {
        return changes.stream().filter(c -> c.kind() != other).flatMap(c -> c.paragraphs().stream()).toList();
    }

    private static String[] randomText(Random random) {
        String[] text = new String[random.nextInt(12)];
        for (int i = 0; i < text.length; i++) {
            text[i] = "Пункт " + random.nextInt(6);
        }
        return text;
    }

    private static String[] edited(String[] older, Random random) {
        List<String> newer = new ArrayList<>(Arrays.asList(older));
        for (int edit = random.nextInt(5); edit > 0; edit--) {
            if (!newer.isEmpty() && random.nextBoolean()) {
                newer.remove(random.nextInt(newer.size()));
            } else {
                newer.add(random.nextInt(newer.size() + 1), "Пункт " + random.nextInt(8));
            }
        }
        return newer.toArray(String[]::new);
    }

    private static int longestCommon(String[] a, String[] b) {
        int[][] lengths = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lengths[i][j] = a[i].equals(b[j]) ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        return lengths[0][0];
    }
}
