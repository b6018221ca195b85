package ru.portal500.expertise.domain;

import ru.portal500.shared.domain.InvalidRequestException;

/** A step the rules of expertise do not allow, with the reason as a message key. */
public class ExpertiseRuleException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    public ExpertiseRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
