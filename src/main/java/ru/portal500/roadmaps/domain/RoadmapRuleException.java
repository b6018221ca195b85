package ru.portal500.roadmaps.domain;

import ru.portal500.shared.domain.InvalidRequestException;

/** A rule of roadmaps refused a request; the message key says which, in the user's words. */
public class RoadmapRuleException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    public RoadmapRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
