package ru.portal500.contests.judging;

import ru.portal500.shared.domain.InvalidRequestException;

/** A step the judging rules of a contest do not allow, with the reason as a message key ({@code contests.…}). */
public class JudgingRuleException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    public JudgingRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
