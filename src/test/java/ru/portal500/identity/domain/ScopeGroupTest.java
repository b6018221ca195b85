package ru.portal500.identity.domain;

import ru.portal500.tenancy.domain.Scope;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A place the portal adds to Keycloak gets the same group layout as the places of the realm file. */
class ScopeGroupTest {

    /** A group as compared: name, attributes, and per subgroup its attributes and realm roles. */
    private record Layout(String name, Map<String, List<String>> attributes, Map<String, String> roleGroups) {
    }

    @Test
    void everyPlaceOfTheRealmFileIsLaidOutAsTheCodeWouldCreateIt() throws IOException {
        List<String> compared = new ArrayList<>();
        for (JsonValue region : realm().getJsonArray("groups")) {
            walk(region.asJsonObject(), "", compared);
        }
        assertTrue(compared.contains("/64/atkarsky/atk-1"), compared.toString());
        assertTrue(compared.contains("/23/krymsky"), compared.toString());
        assertEquals(11, compared.size(), "2 regions, 4 municipalities, 5 schools: " + compared);
    }

    private void walk(JsonObject group, String parentPath, List<String> compared) {
        String path = parentPath + "/" + group.getString("name");
        String kind = group.getJsonObject("attributes").getJsonArray("kind").getString(0);
        if (kind.equals("role")) {
            return;
        }
        Scope scope = Scope.parse(path);
        String placeName = group.getJsonObject("attributes").getJsonArray("name").getString(0);
        assertEquals(layoutOf(group), layoutOf(new ScopeGroup(scope, placeName)), path);
        compared.add(path);
        group.getJsonArray("subGroups").forEach(child -> walk(child.asJsonObject(), path, compared));
    }

    @Test
    void aSchoolHasItsTeamItsCuratorsAndItsTeachers() {
        ScopeGroup school = new ScopeGroup(Scope.ofSchool("64", "atkarsky", "atk-77"), "МБОУ «СОШ № 77»");
        assertEquals("atk-77", school.name());
        assertEquals(List.of(Role.CURATOR, Role.SCHOOL_TEAM, Role.TEACHER), school.roles());
        assertEquals(Map.of("kind", List.of("school"), "name", List.of("МБОУ «СОШ № 77»")), school.attributes());
        assertThrows(IllegalArgumentException.class, () -> new ScopeGroup(school.scope(), " "));
    }

    private static Layout layoutOf(JsonObject group) {
        Map<String, List<String>> attributes = new TreeMap<>();
        group.getJsonObject("attributes").forEach((key, values) -> attributes.put(key,
                values.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
        Map<String, String> roleGroups = new TreeMap<>();
        for (JsonValue child : group.getJsonArray("subGroups")) {
            JsonObject sub = child.asJsonObject();
            if (sub.getJsonObject("attributes").getJsonArray("kind").getString(0).equals("role")) {
                roleGroups.put(sub.getString("name"), sub.getJsonArray("realmRoles").getString(0)
                        + " " + sub.getJsonObject("attributes"));
            }
        }
        return new Layout(group.getString("name"), attributes, roleGroups);
    }

    private static Layout layoutOf(ScopeGroup group) {
        Map<String, String> roleGroups = new TreeMap<>();
        group.roles().forEach(role -> roleGroups.put(role.keycloakName(), role.keycloakName() + " "
                + Json.createObjectBuilder(Map.copyOf(ScopeGroup.ROLE_ATTRIBUTES)).build()));
        return new Layout(group.name(), new TreeMap<>(group.attributes()), roleGroups);
    }

    private static JsonObject realm() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("realm-config", "portal500-realm.json"))) {
            return Json.createReader(reader).readObject();
        }
    }
}
