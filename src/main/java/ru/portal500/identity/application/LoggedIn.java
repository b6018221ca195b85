package ru.portal500.identity.application;

import ru.portal500.identity.domain.Caller;

import java.util.Objects;

/** A person has just logged in through the browser (fired once per session, after the login is recorded). */
public record LoggedIn(Caller caller) {

    public LoggedIn {
        Objects.requireNonNull(caller, "caller");
    }
}
