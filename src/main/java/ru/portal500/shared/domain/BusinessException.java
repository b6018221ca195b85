package ru.portal500.shared.domain;

/**
 * The root of every expected failure. It carries a message <em>key</em> of the portal's bundle
 * (and its arguments), never a text: the page or API says it in the user's language.
 */
public abstract class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
