package ru.portal500.documents.domain;

import ru.portal500.registry.domain.RiskFactor;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A document a school owes in a campaign: its slot (the key its document is filed under), its type,
 * the risk factor it answers (antirisk programmes), its title and its due date.
 */
public record DueDocument(String slot, DocumentType type, RiskFactor riskFactor, String title, LocalDate due)
        implements Serializable {
}
