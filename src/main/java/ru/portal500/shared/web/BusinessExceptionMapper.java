package ru.portal500.shared.web;

import ru.portal500.shared.i18n.Texts;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import ru.portal500.shared.domain.AccessDeniedException;
import ru.portal500.shared.domain.BusinessException;
import ru.portal500.shared.domain.ConcurrentChangeException;
import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.shared.domain.ServiceUnavailableException;

/** Expected failures on the API: a status and a JSON body with the reason in the caller's language. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(BusinessException exception) {
        Response.Status status = exception instanceof AccessDeniedException ? Response.Status.FORBIDDEN
                : exception instanceof NoSuchResourceException ? Response.Status.NOT_FOUND
                : exception instanceof ServiceUnavailableException ? Response.Status.BAD_GATEWAY
                : exception instanceof ConcurrentChangeException ? Response.Status.CONFLICT
                : Response.Status.BAD_REQUEST;
        String message = Texts.get(Texts.of(request), exception.messageKey(), exception.arguments());
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Json.createObjectBuilder()
                        .add("error", exception.messageKey())
                        .add("message", message)
                        .build().toString())
                .build();
    }
}
