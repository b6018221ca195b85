package ru.portal500.documents.application;

import org.junit.jupiter.api.Test;
import ru.portal500.documents.domain.DocumentState;
import ru.portal500.documents.domain.Urgency;
import ru.portal500.identity.domain.Caller;
import ru.portal500.tenancy.domain.Scope;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentWorkTest {

    private static final Scope ATK_1 = Scope.ofSchool("64", "atkarsky", "atk-1");
    private static final Scope BAL_2 = Scope.ofSchool("64", "balashovsky", "bal-2");

    private static Caller caller(String... groups) {
        return Caller.authenticated("s", "u", "U", List.of(), List.of(groups));
    }

    @Test
    void aSubmittedDocumentIsWorkForItsSchoolsCuratorAndItsMunicipalitysCoordinatorOnly() {
        assertTrue(DocumentWork.checksAsWork(caller("/64/atkarsky/atk-1/curator"), ATK_1));
        assertFalse(DocumentWork.checksAsWork(caller("/64/atkarsky/atk-1/curator"), BAL_2), "another school");
        assertTrue(DocumentWork.checksAsWork(caller("/64/atkarsky/municipal-coordinator"), ATK_1));
        assertFalse(DocumentWork.checksAsWork(caller("/64/atkarsky/municipal-coordinator"), BAL_2),
                "another municipality");
        assertFalse(DocumentWork.checksAsWork(caller("/64/regional-operator"), ATK_1),
                "the operator may step in, but it is not their daily work");
        assertFalse(DocumentWork.checksAsWork(caller("/64/expert", "/64/atkarsky/atk-1/school-team"), ATK_1),
                "experts read, the team writes");
    }

    @Test
    void aSubmittedDocumentNobodyNearerChecksIsWorkForItsRegionsOperator() {
        assertTrue(DocumentWork.operatorChecks(caller("/64/regional-operator"), BAL_2, () -> true),
                "no curator, no coordinator: the submission told the school the operator checks it");
        assertFalse(DocumentWork.operatorChecks(caller("/64/regional-operator"), ATK_1, () -> false),
                "a curator or coordinator checks it");
        assertFalse(DocumentWork.operatorChecks(caller("/23/regional-operator"), BAL_2, () -> true),
                "another region's operator");
        assertFalse(DocumentWork.operatorChecks(caller("/64/atkarsky/municipal-coordinator"), BAL_2, () -> true),
                "a coordinator of another municipality");
        boolean[] asked = {false};
        DocumentWork.operatorChecks(caller("/64/atkarsky/atk-1/curator"), BAL_2, () -> asked[0] = true);
        assertFalse(asked[0], "Keycloak is asked only for documents in the operator's region");
    }

    @Test
    void aSchoolOwesWhatIsNotUploadedOrStillADraftNotWhatIsReturnedSubmittedOrApproved() {
        assertTrue(DocumentWork.stillOwed(null, Urgency.ON_TIME));
        assertTrue(DocumentWork.stillOwed(null, Urgency.OVERDUE));
        assertTrue(DocumentWork.stillOwed(DocumentState.DRAFT, Urgency.DUE_SOON));
        assertFalse(DocumentWork.stillOwed(DocumentState.RETURNED, Urgency.OVERDUE), "listed as returned");
        assertFalse(DocumentWork.stillOwed(DocumentState.SUBMITTED, Urgency.WAITING), "with the curator");
        assertFalse(DocumentWork.stillOwed(DocumentState.APPROVED, Urgency.DONE));
    }
}
