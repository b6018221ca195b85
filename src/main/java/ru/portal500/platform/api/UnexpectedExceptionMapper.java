package ru.portal500.platform.api;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import ru.portal500.platform.database.DatabaseOutage;
import ru.portal500.shared.i18n.Texts;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What no other mapper of the API expects still answers in JSON, never with the pages' HTML error page: a lost
 * database is a quick 503 "try again shortly" with {@code Retry-After}; anything else a 500 that says the data
 * is safe (the details go to the server log only). The expected failures keep their own mappers
 * (BusinessExceptionMapper), and JAX-RS's own answers (404 of an unknown path, 405, 415…) stay as they are.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    /** Seconds a client should wait before it asks again while the database is away. */
    static final int RETRY_AFTER_SECONDS = 15;

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof WebApplicationException web) {
            return web.getResponse();
        }
        if (DatabaseOutage.isCause(exception)) {
            LOG.warning(() -> "The database is unavailable; " + describe() + " answered 503: " + exception);
            return json(Response.Status.SERVICE_UNAVAILABLE, "database.unavailable", "error.database.text")
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.log(Level.SEVERE, "Unexpected failure of " + describe(), exception);
        return json(Response.Status.INTERNAL_SERVER_ERROR, "internal", "error.500.text").build();
    }

    private Response.ResponseBuilder json(Response.Status status, String error, String messageKey) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Json.createObjectBuilder()
                        .add("error", error)
                        .add("message", Texts.get(request == null ? Texts.RUSSIAN : Texts.of(request), messageKey))
                        .build().toString());
    }

    private String describe() {
        return request == null ? "a request" : request.getMethod() + " " + request.getRequestURI();
    }
}
