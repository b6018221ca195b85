package ru.portal500.people.application;

/**
 * A role handed over, as the API and the page send it: {@code {"from": "ivanova", "to": "petrov@example.ru",
 * "role": "curator", "scope": "/64/atkarsky/atk-1"}}. Public fields for JSON-B.
 */
public class HandoverRequest {
    public String from;
    public String to;
    public String role;
    public String scope;
}
