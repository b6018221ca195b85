package ru.portal500.roadmaps.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.application.PeopleDirectory;
import ru.portal500.identity.domain.Role;
import ru.portal500.roadmaps.domain.Roadmap;
import ru.portal500.roadmaps.domain.RoadmapLevel;
import ru.portal500.roadmaps.domain.RoadmapRuleException;
import ru.portal500.tenancy.domain.Scope;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people of the portal who may answer for a roadmap's measure: a school's team and its curators, a municipality's
 * coordinators, a region's operators — as the directory has them now.
 */
@ApplicationScoped
public class RoadmapPeople {

    @Inject
    PeopleDirectory directory;

    /** A person who may answer for a measure. */
    public record Person(String username, String fullName) implements Serializable {
    }

    public List<Person> of(Roadmap roadmap) {
        Scope place = roadmap.scope();
        List<Role> roles = roadmap.getLevel() == RoadmapLevel.SCHOOL ? List.of(Role.SCHOOL_TEAM, Role.CURATOR)
                : roadmap.getLevel() == RoadmapLevel.MUNICIPALITY ? List.of(Role.MUNICIPAL_COORDINATOR)
                : List.of(Role.REGIONAL_OPERATOR);
        Map<String, Person> people = new LinkedHashMap<>();
        for (Role role : roles) {
            directory.holding(role, place).forEach(c -> people.putIfAbsent(c.username(),
                    new Person(c.username(), c.fullName())));
        }
        return new ArrayList<>(people.values());
    }

    /** The person by login among the roadmap's people; refused by login otherwise. */
    public Person require(Roadmap roadmap, String username) {
        return of(roadmap).stream().filter(p -> p.username().equalsIgnoreCase(username.strip())).findFirst()
                .orElseThrow(() -> new RoadmapRuleException("roadmaps.error.responsibleNotOfPlace", username.strip()));
    }
}
