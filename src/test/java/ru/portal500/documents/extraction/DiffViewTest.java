package ru.portal500.documents.extraction;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.documents.extraction.DiffView.BlockKind.ADDED;
import static ru.portal500.documents.extraction.DiffView.BlockKind.CHANGED;
import static ru.portal500.documents.extraction.DiffView.BlockKind.CONTEXT;
import static ru.portal500.documents.extraction.DiffView.BlockKind.REMOVED;
import static ru.portal500.documents.extraction.DiffView.BlockKind.SKIPPED;

/** What the document page shows of a comparison: the changes in context, counted, changed words marked. */
class DiffViewTest {

    private static List<String> numbered(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "Абзац " + i + " о развитии школы.").toList();
    }

    private static DiffView view(List<String> older, List<String> newer) {
        return DiffView.of(TextDiff.between(String.join("\n", older), String.join("\n", newer)));
    }

    private static List<DiffView.BlockKind> kinds(DiffView view) {
        return view.blocks().stream().map(DiffView.Block::kind).toList();
    }

    @Test
    void onlyTheChangeIsShownWithTwoParagraphsOfContextAndTheRestIsCollapsed() {
        List<String> older = numbered(20);
        List<String> newer = new ArrayList<>(older);
        newer.add(10, "Новый абзац о наставничестве.");

        DiffView view = view(older, newer);

        assertEquals(List.of(SKIPPED, CONTEXT, CONTEXT, ADDED, CONTEXT, CONTEXT, SKIPPED), kinds(view));
        assertEquals(8, view.blocks().get(0).skipped(), "paragraphs 1–8 are collapsed");
        assertEquals("Абзац 9 о развитии школы.", view.blocks().get(1).text());
        assertEquals("Новый абзац о наставничестве.", view.blocks().get(3).text());
        assertEquals(8, view.blocks().get(6).skipped(), "paragraphs 13–20 are collapsed");
        assertEquals(1, view.added());
        assertEquals(0, view.removed());
        assertEquals(0, view.changed());
        assertTrue(view.differs());
    }

    @Test
    void aRewrittenParagraphIsOneChangeWithItsChangedWordsMarked() {
        List<String> older = List.of("Миссия школы.", "Цель 1: повысить результаты ВПР до 60 % к 2026 году.", "Итоги.");
        List<String> newer = List.of("Миссия школы.", "Цель 1: повысить результаты ВПР до 75 % к 2027 году.", "Итоги.");

        DiffView view = view(older, newer);

        assertEquals(List.of(CONTEXT, CHANGED, CONTEXT), kinds(view));
        assertEquals(1, view.changed());
        assertEquals(0, view.added());
        assertEquals(0, view.removed());
        List<DiffView.Words> words = view.blocks().get(1).words();
        assertEquals(List.of(
                new DiffView.Words(DiffView.WordKind.SAME, "Цель 1: повысить результаты ВПР до"),
                new DiffView.Words(DiffView.WordKind.REMOVED, "60"),
                new DiffView.Words(DiffView.WordKind.ADDED, "75"),
                new DiffView.Words(DiffView.WordKind.SAME, "% к"),
                new DiffView.Words(DiffView.WordKind.REMOVED, "2026"),
                new DiffView.Words(DiffView.WordKind.ADDED, "2027"),
                new DiffView.Words(DiffView.WordKind.SAME, "году.")), words);
    }

    @Test
    void addedRemovedAndChangedParagraphsAreCountedApart() {
        List<String> older = List.of("Концепция развития школы", "Задача 1. Снизить долю неуспевающих учеников.",
                "Задача 2. Развивать наставничество.", "Ответственный — директор.");
        List<String> newer = List.of("Концепция развития школы", "Задача 1. Снизить долю неуспевающих учеников вдвое.",
                "Задача 3. Открыть кружок робототехники.", "Задача 4. Провести семинар для родителей.",
                "Ответственный — директор.");

        DiffView view = view(older, newer);

        assertEquals(1, view.changed(), view.toString());
        assertEquals(1, view.removed(), view.toString());
        assertEquals(2, view.added(), view.toString());
        assertEquals(List.of(CONTEXT, CHANGED, REMOVED, ADDED, ADDED, CONTEXT), kinds(view));
    }

    @Test
    void unrelatedParagraphsAreNotPairedAsChanged() {
        DiffView view = view(List.of("Абзац о математике и физике."), List.of("Совсем другой текст про родителей."));

        assertEquals(List.of(REMOVED, ADDED), kinds(view));
        assertEquals(0, view.changed());
    }

    @Test
    void shortUnchangedRunsAreShownNotCollapsed() {
        List<String> older = numbered(6);
        List<String> newer = new ArrayList<>(older);
        newer.set(0, "Первый абзац заменён целиком другим текстом.");
        newer.set(5, "Последний абзац заменён тоже, совсем иначе.");

        DiffView view = view(older, newer);

        assertFalse(kinds(view).contains(SKIPPED), view.toString());
    }

    @Test
    void equalVersionsShowNothingButSaySo() {
        DiffView view = view(numbered(5), numbered(5));

        assertFalse(view.differs());
        assertEquals(List.of(SKIPPED), kinds(view));
        assertEquals(5, view.blocks().get(0).skipped());
        assertEquals(0, view.added() + view.removed() + view.changed());
    }
}
