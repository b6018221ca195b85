/** The work list's port: what each context contributes to the first screen and to {@code GET /api/me/work}. */
package ru.portal500.shared.work;
