package ru.portal500.identity.domain;

import ru.portal500.tenancy.domain.Scope;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonTest {

    private static final Scope ATK_1 = Scope.ofSchool("64", "atkarsky", "atk-1");
    private static final Scope ATK_3 = Scope.ofSchool("64", "atkarsky", "atk-3");

    @Test
    void theCuratorOfTheDemoRealmWorksAtAtk3AndCuratesAtk1() {
        Person curator = new Person("curator", "Сергей Кураторов", Set.of(new Grant(Role.CURATOR, ATK_1),
                new Grant(Role.SCHOOL_TEAM, ATK_3), new Grant(Role.EXPERT, Scope.ofMunicipality("64", "balashovsky"))));
        assertTrue(curator.worksAt(ATK_3));
        assertFalse(curator.worksAt(ATK_1), "curating a school is no membership of it");
        assertTrue(curator.actsIn("64"));
        assertFalse(curator.actsIn("23"));
        assertTrue(curator.holds(new Grant(Role.CURATOR, ATK_1)));
    }

    @Test
    void aRegionWideRoleIsNoMembershipOfASchoolAndANamelessPersonIsShownByLogin() {
        Person expert = new Person("expert", " ", Set.of(new Grant(Role.EXPERT, Scope.ofRegion("64"))));
        assertFalse(expert.worksAt(ATK_3));
        assertTrue(expert.actsIn("64"));
        assertEquals("expert", expert.fullName());
        assertFalse(new Person("teacher", "Наталья", Set.of()).actsIn("64"));
    }
}
