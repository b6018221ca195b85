package ru.portal500.monitoring.domain;

import ru.portal500.shared.domain.InvalidRequestException;

/** A rule of monitoring refused a request; the message key says which, in the user's words. */
public class MonitoringRuleException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    public MonitoringRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
