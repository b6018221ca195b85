package ru.portal500.registry.domain;

/**
 * Fired (synchronously, inside the planning transaction) when a region plans a new campaign, so that
 * the campaign's reference data (the risk-factor catalogue…) is set up with it or not at all.
 */
public record CampaignPlanned(Campaign campaign) {
}
