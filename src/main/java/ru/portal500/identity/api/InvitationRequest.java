package ru.portal500.identity.api;

/** An invitation as the API receives it. Public fields for JSON-B. */
public class InvitationRequest extends GrantRequest {

    public String email;
    public String firstName;
    public String lastName;
}
