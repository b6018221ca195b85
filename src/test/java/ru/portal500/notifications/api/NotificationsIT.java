package ru.portal500.notifications.api;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.devenv.MailCatcher;
import ru.portal500.it.Await;
import ru.portal500.it.ApiBrowserTest;
import ru.portal500.it.Campaigns;
import ru.portal500.it.PortalDeployment;
import ru.portal500.it.RealmAdmin;
import ru.portal500.it.TestInfrastructure;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notifications on the real war, MariaDB, Keycloak and mail catcher: a person named a helper of a pair is
 * told in the portal (only they see it) and by e-mail after the commit; the bell counts what is unread.
 * Each test has its own campaign (2061–2065 are this class's) and its own freshly made person.
 */
class NotificationsIT extends ApiBrowserTest {

    private static final String ATK_1 = "МБОУ «СОШ № 1 г. Аткарска»";

    /**
     * Plans the year's campaign with atk-1 as ШНОР, pairs it with atk-3 (as its coordinator), and makes a
     * person with the role given (so that they fit the functions) who is then named for each function.
     */
    private void nameOnNewPair(int year, String username, String role, String scope, String... functions) {
        assertEquals(201, new Campaigns(api()).plan(year).statusCode());
        new Campaigns(api()).status(year, "atk-1", "LOW_RESULTS");
        RealmAdmin.createUser(username, "Нина", "Уведомлениева");
        HttpResponse<String> granted = api().post("/grants", "{\"username\":\"" + username + "\",\"role\":\"" + role
                + "\",\"scope\":\"" + scope + "\"}", freshToken("coordinator"));
        assertEquals(204, granted.statusCode(), granted.body());
        String pairs = "/regions/64/campaigns/" + year + "/pairs";
        HttpResponse<String> formed = api().post(pairs, "{\"municipality\":\"atkarsky\",\"school\":\"atk-1\","
                + "\"curatorMunicipality\":\"atkarsky\",\"curatorSchool\":\"atk-3\"}", freshToken("coordinator"));
        assertEquals(201, formed.statusCode(), formed.body());
        long pair = object(formed).getJsonNumber("id").longValue();
        for (String function : functions) {
            HttpResponse<String> named = api().post(pairs + "/" + pair + "/helpers",
                    "{\"function\":\"" + function + "\",\"username\":\"" + username + "\"}", freshToken("coordinator"));
            assertEquals(200, named.statusCode(), named.body());
        }
    }

    private List<JsonObject> notifications(String query, String user) {
        HttpResponse<String> list = api().get("/notifications" + query, freshToken(user));
        assertEquals(200, list.statusCode(), list.body());
        return array(list).getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> pairs(List<JsonObject> notifications, String link) {
        return notifications.stream().filter(n -> link.equals(n.getString("link"))).toList();
    }

    @Test
    void aNamedCuratorIsToldInThePortalAndByMailAndNobodyElseSeesIt() {
        nameOnNewPair(2061, "notify-curator", "school-team", "/64/atkarsky/atk-3", "CURATOR");
        String text = "Вас назначили куратором школы «" + ATK_1 + "» в кампании 2060/61";
        String link = "/app/school.xhtml?id=" + Campaigns.schoolId("atk-1");

        // Only this pair's notifications: a contest's call published meanwhile may tell her school's team too.
        List<JsonObject> mine = pairs(notifications("", "notify-curator"), link);
        assertEquals(1, mine.size(), mine.toString());
        JsonObject told = mine.get(0);
        assertEquals(text, told.getString("text"));
        assertEquals(link, told.getString("link"));
        assertFalse(told.getBoolean("read"));
        long id = told.getJsonNumber("id").longValue();

        assertTrue(notifications("", "coordinator").stream().noneMatch(n -> n.getJsonNumber("id").longValue() == id),
                "the coordinator who named her does not see her notification");
        assertEquals(404, api().post("/notifications/" + id + "/read", "", freshToken("coordinator")).statusCode(),
                "another person's notification, by its id");
        assertEquals(404, api().post("/notifications/" + (id + 100_000) + "/read", "", freshToken("notify-curator"))
                .statusCode());
        assertEquals(400, api().get("/notifications?max=0", freshToken("notify-curator")).statusCode());

        MimeMessage mail = TestInfrastructure.mail().awaitMessage("notify-curator@demo.portal500.ru",
                "Вас назначили куратором", Duration.ofSeconds(30));
        assertEquals("Портал 500+: " + text, MailCatcher.subject(mail));
        String body = MailCatcher.text(mail);
        assertTrue(body.startsWith("Здравствуйте, Нина Уведомлениева!"), body);
        assertTrue(body.contains("Открыть в портале: " + PortalDeployment.localUrl(base) + link), body);
        awaitMailState(id, "SENT");

        HttpResponse<String> read = api().post("/notifications/" + id + "/read", "", freshToken("notify-curator"));
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(object(read).getBoolean("read"));
        assertEquals(List.of(), pairs(notifications("?unread=true", "notify-curator"), link));
        assertEquals(1, pairs(notifications("?unread=false", "notify-curator"), link).size(), "read, and still listed");
        assertEquals("{\"unread\":" + notifications("?unread=true", "notify-curator").size() + "}",
                api().get("/notifications/unread-count", freshToken("notify-curator")).body(), "the bell counts the list");
    }

    @Test
    void theBellCountsWhatIsUnreadUntilItIsOpenedOrAllAreMarkedRead() {
        nameOnNewPair(2062, "notify-mentor", "expert", "/64/atkarsky", "MENTOR", "TUTOR");
        logIn("notify-mentor", DemoUsers.PASSWORD);
        assertEquals("2", browser.text("#unreadCount"));

        browser.click("#notificationBell");
        browser.awaitUrlContaining("/app/notifications.xhtml");
        assertEquals("Вас назначили тьютором школы «" + ATK_1 + "» в кампании 2061/62",
                browser.text("#notifications\\:list\\:0\\:open"), "newest first");
        assertTrue(browser.text("#notifications\\:list").contains("Вас назначили наставником школы"));
        browser.click("#notifications\\:list\\:0\\:open");
        browser.awaitUrlContaining("/app/school.xhtml?id=" + Campaigns.schoolId("atk-1"));
        assertEquals("1", browser.text("#unreadCount"), "the one opened is read");

        browser.click("#notificationBell");
        browser.click("#notifications\\:markAllRead");
        browser.awaitText("Отмечено прочитанными: 1.");
        assertEquals("0", browser.text("#unreadCount"));
        assertEquals(List.of(), notifications("?unread=true", "notify-mentor"));
    }

    /** Waits until the notification's mail is recorded in that state (it is recorded just after sending). */
    private static void awaitMailState(long id, String state) {
        Await.until("the mail of notification " + id + " recorded as " + state, Duration.ofSeconds(15),
                () -> state.equals(mailState(id)));
    }

    private static String mailState(long id) {
        try (Connection c = new MariaDbDataSource(TestInfrastructure.database().jdbcUrl("portal"))
                .getConnection("root", "");
             PreparedStatement s = c.prepareStatement("select mail_state from notification where id = ?")) {
            s.setLong(1, id);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
