package ru.portal500.shared.web;

import org.junit.jupiter.api.Test;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.Await;
import ru.portal500.it.BrowserTest;
import ru.portal500.it.Campaigns;
import ru.portal500.it.KeycloakTokens;
import ru.portal500.it.PortalApi;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static ru.portal500.it.Docx.docx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a person reads is in people's words and in the region's time: a document uploaded in Саратовская область
 * shows its upload time in Saratov time (UTC+4), labelled, and its file type as «Документ Word»; the search page's
 * municipality facet names the municipality; a campaign's year is written without a thousands separator. Campaign 2067.
 */
class PeoplesWordsBrowserIT extends BrowserTest {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Saratov"));

    @Test
    void aDocumentPageShowsTheUploadInTheRegionsTimeAndTheFileTypeInWords() throws IOException {
        PortalApi api = new PortalApi(base);
        Campaigns campaigns = new Campaigns(api);
        campaigns.plan(2067);
        campaigns.status(2067, "atk-1", "LOW_RESULTS");
        Instant before = Instant.now();
        HttpResponse<String> uploaded = api.upload("/regions/64/campaigns/2067/schools/atkarsky/atk-1/documents/CONCEPT/versions?name="
                + URLEncoder.encode("Концепция.docx", StandardCharsets.UTF_8), docx("Миссия школы: качество для всех."),
                KeycloakTokens.accessToken("school"));
        Instant after = Instant.now();
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long id = PortalApi.json(uploaded).asJsonObject().getJsonNumber("document").longValue();
        Instant stored = Instant.parse(PortalApi.json(api.get("/documents/" + id, KeycloakTokens.accessToken("school")))
                .asJsonObject().getJsonArray("versions").getJsonObject(0).getString("uploadedAt"));
        assertFalse(stored.isBefore(before.minusSeconds(1)) || stored.isAfter(after.plusSeconds(1)),
                "the database keeps the moment itself (" + stored + "), not a clock reading shifted by a zone");

        logIn("school", DemoUsers.PASSWORD);
        browser.open(page("/app/document.xhtml?id=" + id));
        browser.awaitText("Концепция.docx");
        String versions = browser.text("#versions");
        String early = MINUTE.format(before) + " (МСК+1)";
        String late = MINUTE.format(after) + " (МСК+1)";
        assertTrue(versions.contains(early) || versions.contains(late),
                "uploaded between " + early + " and " + late + " Saratov time, labelled: " + versions);
        assertTrue(versions.contains("Документ Word"), "the file type in words: " + versions);
        assertFalse(versions.contains("application/"), "no MIME type: " + versions);
        String history = browser.text("#history");
        assertTrue(history.contains(early) || history.contains(late), "the history in the same time: " + history);
        logOut();
    }

    @Test
    void theSearchFacetNamesTheMunicipality() throws InterruptedException {
        PortalApi api = new PortalApi(base);
        HttpResponse<String> published = api.post("/regions/64/practices", "{\"municipality\":\"atkarsky\","
                + "\"title\":\"Школьный планетарий\",\"summary\":\"Ученики ведут наблюдения за звёздами в школьном планетарии.\","
                + "\"level\":\"ALL\",\"source\":\"EXPERT_PICK\",\"riskFactors\":[10]}", KeycloakTokens.accessToken("operator"));
        assertEquals(201, published.statusCode(), published.body());
        Await.until("the practice indexed within a minute", Duration.ofMinutes(1), () -> api.get("/public/search?q="
                + URLEncoder.encode("планетарий", StandardCharsets.UTF_8), null).body().contains("Школьный планетарий"));

        browser.open(page("/search.xhtml?q=" + URLEncoder.encode("планетарий", StandardCharsets.UTF_8)));
        String facets = browser.text(".search-facets");
        assertTrue(facets.contains("Аткарский муниципальный район (1)"), "the municipality by its name: " + facets);
        assertFalse(facets.contains("atkarsky"), "not by its code: " + facets);
    }

    @Test
    void theCampaignsYearIsWrittenAsAYear() {
        logIn("operator", DemoUsers.PASSWORD);
        browser.open(page("/app/campaigns.xhtml"));
        String year = browser.find("#campaigns\\:year").getAttribute("value");
        assertTrue(year.matches("20\\d\\d"), "«" + year + "», not «2 027»");
        logOut();
    }
}
