package ru.portal500.people.application;

import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Person;

/**
 * A role was handed over (fired, synchronously, once the new holder has it and the old one does not): contexts that
 * keep the holder of a role by name on their own records (a pair's curator) follow the successor.
 *
 * @param grant     the role and where it was held
 * @param from      the old holder's login
 * @param successor the new holder
 */
public record RoleHandedOver(Grant grant, String from, Person successor) {
}
