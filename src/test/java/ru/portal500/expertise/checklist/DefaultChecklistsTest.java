package ru.portal500.expertise.checklist;

import org.junit.jupiter.api.Test;
import ru.portal500.documents.domain.DocumentType;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DefaultChecklistsTest {

    @Test
    void everyDefaultChecklistIsValid() {
        List<Checklist> all = DefaultChecklists.all();
        assertEquals(3, all.size());
        all.forEach(c -> assertEquals(List.of(), c.problems(), c.title()));
    }

    @Test
    void theyCoverTheConceptTheAntiriskProgrammeAndTheRoadmapByTheirDocumentTypeCodes() {
        Set<String> documentTypes = DocumentType.DEFAULTS.stream().map(DocumentType.Default::code)
                .collect(Collectors.toSet());
        List<String> appliesTo = DefaultChecklists.all().stream().map(Checklist::appliesTo).toList();
        assertEquals(List.of("CONCEPT", "ANTIRISK_PROGRAMME", "ROADMAP"), appliesTo);
        assertTrue(documentTypes.containsAll(appliesTo), "codes of the documents context");
        assertEquals("Экспертиза программы антирисковых мер",
                DefaultChecklists.forType("ANTIRISK_PROGRAMME").orElseThrow().title());
        assertTrue(DefaultChecklists.forType("OTHER").isEmpty());
    }

    @Test
    void theyAreInRussianWithGuidanceNamingTheirSource() {
        for (Checklist checklist : DefaultChecklists.all()) {
            for (Criterion criterion : checklist.criteria()) {
                assertTrue(criterion.text().matches("[^A-Za-z]*[А-Яа-яЁё].*"), criterion.code());
                assertTrue(criterion.isScored() ? criterion.guidance().contains("Основание")
                        || criterion.guidance().startsWith("0 —") : true, criterion.code());
            }
        }
        Criterion r5 = DefaultChecklists.forType("ANTIRISK_PROGRAMME").orElseThrow().criterion("R5").orElseThrow();
        assertTrue(r5.text().contains("преодоление фактора риска"));
    }

    @Test
    void theirHiddenCriteriaAreCommentsSoTheSchoolSeesEveryScoredOne() {
        for (Checklist checklist : DefaultChecklists.all()) {
            assertTrue(checklist.criteria().stream().anyMatch(c -> !c.shownToSchool()), checklist.title());
            assertTrue(checklist.criteria().stream().filter(c -> !c.shownToSchool()).noneMatch(Criterion::isScored),
                    checklist.title());
        }
    }

    @Test
    void theyUseTheDefaultRules() {
        for (Checklist checklist : DefaultChecklists.all()) {
            assertEquals(VerdictRules.DEFAULT, checklist.verdictRules());
            assertEquals(DivergenceRules.DEFAULT, checklist.divergenceRules());
            assertEquals(1, checklist.version());
        }
        assertEquals(SampleChecklists.number("24"), DefaultChecklists.forType("CONCEPT").orElseThrow().maximumScore());
        assertEquals(SampleChecklists.number("25"),
                DefaultChecklists.forType("ANTIRISK_PROGRAMME").orElseThrow().maximumScore());
    }

    @Test
    void theyKeepTheirContentThroughTheWriter() {
        ChecklistJsonWriter writer = new ChecklistJsonWriter();
        for (Checklist checklist : DefaultChecklists.all()) {
            assertEquals(checklist, new ChecklistJsonReader().read(writer.write(checklist)).validChecklist());
        }
    }
}
