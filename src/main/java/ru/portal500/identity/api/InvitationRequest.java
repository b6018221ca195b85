package ru.portal500.identity.api;

import ru.portal500.identity.application.GrantRequest;

/** An invitation as the API receives it. Public fields for JSON-B. */
public class InvitationRequest extends GrantRequest {

    public String email;
    public String firstName;
    public String lastName;
}
