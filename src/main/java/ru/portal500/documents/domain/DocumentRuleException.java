package ru.portal500.documents.domain;

import ru.portal500.shared.domain.InvalidRequestException;

/** A step the check's rules do not allow now (a 400 with the Russian reason). */
public class DocumentRuleException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    public DocumentRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
