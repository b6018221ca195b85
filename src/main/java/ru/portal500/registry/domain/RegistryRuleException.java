package ru.portal500.registry.domain;

import ru.portal500.shared.domain.InvalidRequestException;

/** A step the registry's rules do not allow (a decision without its reason, a bad rule), with the reason as a message key. */
public class RegistryRuleException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    public RegistryRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
