package ru.portal500.documents.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.portal500.documents.domain.DocumentEventKind.*;

/** A document's state at a past day comes from its story up to that day (monitoring's indicators at past dates). */
class DocumentStoryTest {

    @Test
    void noStoryNoDocumentThenTheCheckAsItWent() {
        assertEquals(Optional.empty(), stateAfter(List.of()), "not uploaded yet at the day");
        assertEquals(Optional.of(DocumentState.DRAFT), stateAfter(List.of(UPLOADED, EXTRACTED, DOWNLOADED)));
        assertEquals(Optional.of(DocumentState.SUBMITTED), stateAfter(List.of(UPLOADED, SUBMITTED, COMMENTED)));
        assertEquals(Optional.of(DocumentState.RETURNED), stateAfter(List.of(UPLOADED, SUBMITTED, RETURNED)));
        assertEquals(Optional.of(DocumentState.APPROVED),
                stateAfter(List.of(UPLOADED, SUBMITTED, RETURNED, UPLOADED, SUBMITTED, APPROVED)));
    }

    @Test
    void aNewVersionReopensAnApprovedDocumentButLeavesAReturnedOneReturned() {
        assertEquals(Optional.of(DocumentState.DRAFT), stateAfter(List.of(UPLOADED, SUBMITTED, APPROVED, REOPENED,
                UPLOADED)));
        assertEquals(Optional.of(DocumentState.RETURNED), stateAfter(List.of(UPLOADED, SUBMITTED, RETURNED, UPLOADED)));
    }
}
