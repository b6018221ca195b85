package ru.portal500.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.registry.application.CampaignDecisions;
import ru.portal500.registry.application.RegistryHistories;
import ru.portal500.shared.web.Formats;
import ru.portal500.shared.web.HistoryCsv;
import ru.portal500.shared.web.LanguageBacking;
import ru.portal500.shared.i18n.Texts;

import java.io.ByteArrayInputStream;
import java.util.Locale;

/** The downloads of a campaign's decisions about schools and of its pairs' changes (their pages' histories), as CSV. */
@Named
@RequestScoped
public class DecisionHistoryBacking {

    @Inject
    CampaignDecisions decisions;

    @Inject
    CurrentCaller caller;

    @Inject
    LanguageBacking language;

    @Inject
    Formats formats;

    public StreamedContent csv(int year) {
        return csv(year, false, "identification.history.fileName");
    }

    /** The campaign's changes of pairs (the pairs page's history). */
    public StreamedContent pairsCsv(int year) {
        return csv(year, true, "pairs.history.fileName");
    }

    private StreamedContent csv(int year, boolean pairs, String fileNameKey) {
        String region = caller.get().regions().stream().findFirst().orElse("-");
        Locale reader = language.getLocale();
        byte[] csv = HistoryCsv.of(RegistryHistories.decisions(decisions.history(region, year, pairs), reader),
                reader, formats.zone());
        return DefaultStreamedContent.builder()
                .name(Texts.get(reader, fileNameKey, String.valueOf(year)) + ".csv")
                .contentType("text/csv; charset=UTF-8").stream(() -> new ByteArrayInputStream(csv)).build();
    }
}
