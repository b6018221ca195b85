/** Shared: the few pieces every context uses (the UI shell, languages, the business exception root). */
package ru.portal500.shared;
