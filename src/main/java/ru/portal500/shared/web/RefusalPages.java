package ru.portal500.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.config.WebXml;
import ru.portal500.shared.domain.AccessDeniedException;
import ru.portal500.shared.domain.NoSuchResourceException;

import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A page loaded with an id that is no number, names nothing, or names what the caller may not see
 * ({@link NoSuchResourceException}, {@link AccessDeniedException} while the page loads): its error page (404, 403,
 * as {@code web.xml} maps them) is rendered within the same request, so in the portal's frame with the caller still
 * logged in, and the refusal is logged as one line (the audit keeps the forged ids). Left to the container, the error
 * page was shown on an error dispatch that no longer knew the caller (the logged-out header, for ids that were no
 * number) and each refusal wrote a SEVERE stack trace into the server's log. Every other exception, and a refusal
 * while the page is being written or in an Ajax request (OmniFaces' full Ajax handler shows it), goes on as before.
 */
public class RefusalPages extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(RefusalPages.class.getName());

    public RefusalPages(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && !faces.getPartialViewContext().isAjaxRequest()
                && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE && !faces.getResponseComplete()) {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Optional<Throwable> refusal = refusal(events.next().getContext().getException());
                Optional<String> page = refusal.map(r -> WebXml.instance().findErrorPageLocation(r));
                if (page.isPresent()) {
                    events.remove();
                    show(faces, refusal.get(), page.get());
                    break;
                }
            }
        }
        getWrapped().handle();
    }

    /** The refusal the exception carries, unwrapped from the Faces and EL exceptions around it. */
    static Optional<Throwable> refusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof NoSuchResourceException || cause instanceof AccessDeniedException) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    private static void show(FacesContext faces, Throwable refusal, String page) {
        if (faces.getExternalContext().getRequest() instanceof HttpServletRequest request) {
            LOG.info(() -> "Refused " + request.getMethod() + " " + request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + " ("
                    + refusal.getClass().getSimpleName() + "), page " + page);
        }
        ViewHandler views = faces.getApplication().getViewHandler();
        faces.setViewRoot(views.createView(faces, page));
        faces.renderResponse();
    }

    /** Registered in {@code faces-config.xml} after OmniFaces' factory, so that it comes first. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalPages(getWrapped().getExceptionHandler());
        }
    }
}
