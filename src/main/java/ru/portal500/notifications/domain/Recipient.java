package ru.portal500.notifications.domain;

/**
 * Whom a notification is for: their login (whose list it appears in), their e-mail address (none: no
 * mail is sent) and their name (the mail's greeting).
 */
public record Recipient(String username, String email, String fullName) {

    public Recipient {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("A recipient needs a username");
        }
        username = username.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        fullName = fullName == null || fullName.isBlank() ? username : fullName.strip();
    }

    public boolean hasEmail() {
        return email != null;
    }
}
