package ru.portal500.contests.domain;

import ru.portal500.shared.domain.InvalidRequestException;

/** A step the rules of a contest do not allow, with the reason as a message key. */
public class ContestRuleException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    public ContestRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
