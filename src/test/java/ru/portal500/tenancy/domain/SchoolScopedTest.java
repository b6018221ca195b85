package ru.portal500.tenancy.domain;

import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Customizer;
import org.eclipse.persistence.descriptors.RelationalDescriptor;
import org.junit.jupiter.api.Test;
import ru.portal500.documents.domain.Document;
import ru.portal500.registry.domain.CampaignSchool;
import ru.portal500.registry.domain.CuratorPair;
import ru.portal500.registry.domain.PairHelper;
import ru.portal500.registry.domain.RecordedResult;
import ru.portal500.registry.domain.RiskProfile;
import ru.portal500.registry.domain.RiskProfileChange;
import ru.portal500.registry.domain.SchoolFlags;

import java.lang.reflect.Field;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SchoolScopedTest {

    private static final List<Class<?>> OF_A_SCHOOL = List.of(School.class, CampaignSchool.class, SchoolFlags.class,
            RecordedResult.class, RiskProfile.class, RiskProfileChange.class, CuratorPair.class, PairHelper.class,
            Document.class);

    @Test
    void theCriteriaAreTheOnesEachEntityUsedToCopy() {
        assertEquals("this.school.municipality.region.code IN :scopeWholeRegions"
                + " OR CONCAT(this.school.municipality.region.code, '/', this.school.municipality.code)"
                + " IN :scopeWholeMunicipalities"
                + " OR CONCAT(this.school.municipality.region.code, '/', this.school.municipality.code, '/',"
                + " this.school.code) IN :scopeSchools", SchoolScoped.criteria("this.school"));
        assertEquals("this.municipality.region.code IN :scopeWholeRegions"
                + " OR CONCAT(this.municipality.region.code, '/', this.municipality.code) IN :scopeWholeMunicipalities"
                + " OR CONCAT(this.municipality.region.code, '/', this.municipality.code, '/', this.code)"
                + " IN :scopeSchools", SchoolScoped.criteria("this"));
    }

    @Test
    void everyEntityOfASchoolTakesTheOneDefinitionAlongAPathThatLeadsToASchool() throws Exception {
        for (Class<?> entity : OF_A_SCHOOL) {
            assertEquals(SchoolScoped.class, entity.getAnnotation(Customizer.class).value(), entity.getSimpleName());
            assertNull(entity.getAnnotation(AdditionalCriteria.class), entity.getSimpleName() + " keeps no copy");
            Class<?> reached = entity;
            for (String step : SchoolScoped.pathOf(entity).split("\\.")) {
                if (!step.equals("this")) {
                    reached = reached.getDeclaredField(step).getType();
                }
            }
            assertEquals(School.class, reached, entity.getSimpleName() + ": " + SchoolScoped.pathOf(entity));
        }
    }

    @Test
    void theCustomizerGivesTheDescriptorTheCriteriaOfItsPath() throws Exception {
        RelationalDescriptor descriptor = new RelationalDescriptor();
        descriptor.setJavaClass(PairHelper.class);
        new SchoolScoped().customize(descriptor);
        Field criteria = descriptor.getQueryManager().getClass().getDeclaredField("additionalCriteria");
        criteria.setAccessible(true);
        assertEquals(SchoolScoped.criteria("this.pair.school"), criteria.get(descriptor.getQueryManager()));
    }
}
