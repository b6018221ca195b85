package ru.portal500.shared.web;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import org.junit.jupiter.api.Test;
import ru.portal500.shared.domain.AccessDeniedException;
import ru.portal500.shared.domain.NoSuchResourceException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a page's load throws is a refusal (shown as its error page, logged in one line) only when a 404 or a 403 is
 * inside it, however Faces and EL wrapped it; any other failure keeps its way to the 500 page with its stack trace.
 */
class RefusalPagesTest {

    @Test
    void aNotFoundOrAForbiddenWrappedByFacesAndElIsARefusal() {
        NoSuchResourceException notFound = new NoSuchResourceException();
        assertEquals(notFound, RefusalPages.refusal(new FacesException(new ELException(notFound))).orElseThrow());
        AccessDeniedException denied = new AccessDeniedException();
        assertEquals(denied, RefusalPages.refusal(new FacesException(denied)).orElseThrow());
    }

    @Test
    void anyOtherFailureIsNoRefusal() {
        assertTrue(RefusalPages.refusal(new FacesException(new IllegalStateException("bug"))).isEmpty());
        assertTrue(RefusalPages.refusal(new NullPointerException()).isEmpty());
    }
}
