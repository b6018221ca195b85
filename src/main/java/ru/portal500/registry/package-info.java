/**
 * Registry: the programme's backbone — the directory of schools, campaigns per school year,
 * identification of low-results schools, risk profiles, and pairs of schools with their helpers.
 */
package ru.portal500.registry;
