/** Identity: who the caller is (Keycloak login in the browser, bearer tokens on the API) and their roles. */
package ru.portal500.identity;
