/**
 * People as the portal keeps them: the person record (created and refreshed from the token at login; home
 * organisation, language, notification choices, consent under 152-ФЗ, history), onboarding of school teams,
 * curators, mentors, tutors and experts in bulk from a table, and handing a role over when staff change.
 * Depends on identity (callers, grants, Keycloak), tenancy (places) and shared; notifications asks it whether
 * a person wants a kind of notification by e-mail.
 */
package ru.portal500.people;
