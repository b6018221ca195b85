/** Shared infrastructure: persistence conversions every context uses. */
package ru.portal500.shared.infrastructure;
