package ru.portal500.shared.domain;

import java.time.Instant;
import java.util.Objects;

/** Who made a change (login and name as shown) and when. */
public record ChangeStamp(String username, String name, Instant at) {

    public ChangeStamp {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(at, "at");
        name = name == null || name.isBlank() ? username : name;
    }
}
