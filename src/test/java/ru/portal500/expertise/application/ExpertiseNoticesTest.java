package ru.portal500.expertise.application;

import org.junit.jupiter.api.Test;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentType;
import ru.portal500.documents.domain.StoredContent;
import ru.portal500.expertise.domain.ChecklistVersion;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.domain.ExpertiseRound;
import ru.portal500.expertise.domain.RoundKind;
import ru.portal500.expertise.domain.RoundSettings;
import ru.portal500.notifications.application.NotificationText;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchedule;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * An organiser's notices of reviews name the school and the round: one expert's two submitted reviews of
 * «Концепция развития» (of two schools, in two rounds) were two notices nobody could tell apart.
 */
class ExpertiseNoticesTest {

    private static final Region REGION = new Region("64", "Саратовская область");
    private static final Municipality ATKARSKY = new Municipality(REGION, "atkarsky", "Аткарский район");
    private static final Municipality BALASHOVSKY = new Municipality(REGION, "balashovsky", "Балашовский район");
    private static final Campaign CAMPAIGN = new Campaign(REGION, 2026, "500+ 2025/26", new CampaignSchedule(
            null, null, null, null, null, null, null, List.of()));
    private static final ChangeStamp OPERATOR = new ChangeStamp("operator", "Ольга Операторова",
            Instant.parse("2026-05-01T09:00:00Z"));

    private static ExpertReview reviewOfTheConcept(School school, String roundTitle) {
        ExpertiseRound round = new ExpertiseRound(CAMPAIGN, school.getMunicipality(), RoundKind.MUNICIPAL, roundTitle,
                new ChecklistVersion(REGION, "CONCEPT", 3, "Экспертиза концепции", "CONCEPT", "{}", OPERATOR),
                new RoundSettings(1, 0, false, false, 20, LocalDate.parse("2026-05-20")), OPERATOR);
        Document concept = new Document(CAMPAIGN, school, new DocumentType(REGION, 1, DocumentType.DEFAULTS.get(0)),
                null, "CONCEPT", "Концепция развития", LocalDate.parse("2026-05-20"), OPERATOR.at());
        concept.upload(new StoredContent("a".repeat(64), 10, "application/pdf", "Концепция.pdf"), OPERATOR);
        return ExpertReview.byExpert(round, concept, "expert", "Елена Экспертова", OPERATOR);
    }

    @Test
    void aSubmittedReviewNamesTheSchoolAndTheRoundInBothLanguages() {
        ExpertReview atkarsky = reviewOfTheConcept(new School(ATKARSKY, "atk-1", "МБОУ «СОШ № 1 г. Аткарска»"),
                "Муниципальная экспертиза концепций 2025/26");
        ExpertReview balashovsky = reviewOfTheConcept(new School(BALASHOVSKY, "bal-2", "МОУ «СОШ № 2 г. Балашова»"),
                "Муниципальная экспертиза концепций, Балашовский район");

        String russian = NotificationText.render(Texts.RUSSIAN, "notification.expertise.submittedAtSchool",
                ExpertiseNotices.aboutReview(atkarsky));
        assertEquals("Экспертиза документа «Концепция развития» школы МБОУ «СОШ № 1 г. Аткарска» завершена:"
                + " Елена Экспертова (раунд «Муниципальная экспертиза концепций 2025/26»)", russian);
        assertNotEquals(russian, NotificationText.render(Texts.RUSSIAN, "notification.expertise.submittedAtSchool",
                ExpertiseNotices.aboutReview(balashovsky)));
        assertEquals("The review of \"Концепция развития\" of МБОУ «СОШ № 1 г. Аткарска» is done: Елена Экспертова"
                + " (round \"Муниципальная экспертиза концепций 2025/26\")", NotificationText.render(Locale.ENGLISH,
                "notification.expertise.submittedAtSchool", ExpertiseNotices.aboutReview(atkarsky)));
    }
}
