package ru.portal500.similarity.domain;

import ru.portal500.shared.domain.InvalidRequestException;

/** A rule of near-copies refused a request; the message key says which, in the user's words. */
public class SimilarityRuleException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    public SimilarityRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
