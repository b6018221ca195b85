package ru.portal500.contests.results;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.contests.results.ContestProtocolTest.pages;
import static ru.portal500.contests.results.ContestProtocolTest.text;
import static ru.portal500.contests.results.ResultsSamples.LONG_TITLE;
import static ru.portal500.contests.results.ResultsSamples.contest;
import static ru.portal500.contests.results.ResultsSamples.russian;

class AwardDocumentsTest {

    private final AwardDocuments documents = new AwardDocuments(russian());

    @Test
    void aDiplomaForEveryAuthorOfTheWinnersAndPrizeWinners() throws IOException {
        byte[] pdf = documents.diplomas(contest());
        // places 1–3 of two nominations, two authors each
        assertEquals(12, pages(pdf));
        String text = text(pdf);
        assertTrue(text.contains("ДИПЛОМ победителя награждается Смирнова Елена Александровна в соавторстве: Орлов "
                + "Дмитрий Павлович МБОУ «СОШ № 1 г. Аткарска» за 1-е место в номинации «Управленческие практики» "
                + "конкурса «Панорама методических кейсов: эффективные школьные практики» работа «Школа полного дня "
                + "как ресурс профилактики учебной неуспешности» Саратовская область, 2026/27 учебный год Итоги утверждены "
                + "20.11.2026. Белова Ирина Сергеевна"), text);
        assertFalse(text.contains("2027 год"), "the contest's school year as the portal writes it, not the year it ends");
        assertTrue(text.contains("ДИПЛОМ победителя награждается Орлов Дмитрий Павлович в соавторстве: Смирнова "
                + "Елена Александровна"), text);
        assertTrue(text.contains("ДИПЛОМ призёра награждается Смирнова Елена Александровна в соавторстве: Орлов "
                + "Дмитрий Павлович МБОУ «СОШ № 5 г. Аткарска» за 3-е место в номинации «Управленческие практики»"),
                text);
        assertTrue(text.contains("работа «" + LONG_TITLE + "»"), "a long title wraps whole");
        assertFalse(text.contains("Родительский университет"), "place 4 gets a certificate, not a diploma");
    }

    @Test
    void certificatesForEveryOtherEntryRankedOrNot() throws IOException {
        byte[] pdf = documents.certificates(contest());
        // places 4 and 5 and the unranked entry 106, two authors each
        assertEquals(6, pages(pdf));
        String text = text(pdf);
        assertTrue(text.contains("СЕРТИФИКАТ участника выдан Смирнова Елена Александровна в соавторстве: Орлов "
                + "Дмитрий Павлович МБОУ «СОШ № 3 г. Аткарска» за участие в номинации «Управленческие практики» "
                + "конкурса «Панорама методических кейсов: эффективные школьные практики» работа «Родительский "
                + "университет»"), text);
        assertTrue(text.contains("работа «Школьная служба медиации»"), text);
        assertTrue(text.contains("работа «Читательская грамотность через проектную деятельность»"), text);
        assertFalse(text.contains("Школа полного дня"), "the winner gets a diploma, not a certificate");
    }

    @Test
    void thePlacesRewardedAreTheContestsOwn() {
        ContestResults usual = contest();
        ContestResults twoWinners = new ContestResults(usual.title(), usual.region(), usual.year(),
                usual.confirmedOn(), usual.confirmedBy(), usual.zone(), usual.blind(), new Awards(2, 3),
                usual.jurors(), usual.nominations());
        List<AwardDocuments.Page> pages = AwardDocuments.pages(twoWinners, true);
        assertEquals(List.of(101L, 101L, 102L, 102L, 105L, 105L, 103L, 103L, 104L, 104L, 201L, 201L, 202L, 202L,
                203L, 203L), pages.stream().map(p -> p.entry().id()).toList());
        assertEquals(Award.WINNER, pages.get(2).award());
        assertEquals(Award.PRIZE_WINNER, pages.get(8).award());
        assertEquals(List.of(106L, 106L), AwardDocuments.pages(twoWinners, false).stream()
                .map(p -> p.entry().id()).toList());
    }

    @Test
    void anEntryWithoutNamedAuthorsGetsOnePageForItsSchool() throws IOException {
        ContestResults usual = contest();
        NominationResults first = usual.nominations().get(0);
        List<ResultsEntry> entries = first.entries().stream().map(e -> e.id() != 106 ? e
                : new ResultsEntry(e.id(), e.title(), "МБОУ «Лицей № 3»", List.of(), e.submittedAt(), e.reviews(),
                e.decision(), e.abstentions(), e.conflicts())).toList();
        ContestResults results = new ContestResults(usual.title(), usual.region(), usual.year(), usual.confirmedOn(),
                usual.confirmedBy(), usual.zone(), usual.blind(), usual.awards(), usual.jurors(),
                List.of(new NominationResults(first.title(), first.checklist(), first.settings(), entries,
                        first.ranking())));
        byte[] pdf = documents.certificates(results);
        assertEquals(5, pages(pdf));
        assertTrue(text(pdf).contains("выдан МБОУ «Лицей № 3» за участие"), text(pdf));
    }
}
