package ru.portal500.tenancy.domain;

import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The additional criteria of every entity that belongs to a school (the school itself, its place in a campaign,
 * its documents, its pair…), defined once: a row is seen by whoever holds its whole region, its whole
 * municipality, or the school. An entity carries {@code @Customizer(SchoolScoped.class)} and, when its school is
 * not {@code this.school}, names the path with {@link Path}. The parameters are the caller's scope, put into the
 * transaction's EntityManager by the scoping interceptor; a query without them fails instead of leaking.
 */
public class SchoolScoped implements DescriptorCustomizer {

    /** Where the entity's school is, as a JPQL path from {@code this} (default {@value #DEFAULT_PATH}). */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Path {
        String value();
    }

    public static final String DEFAULT_PATH = "this.school";

    /** The criteria for a school reached by the given path ("this" for the school itself). */
    public static String criteria(String school) {
        String region = school + ".municipality.region.code";
        String municipality = school + ".municipality.code";
        return region + " IN :scopeWholeRegions"
                + " OR CONCAT(" + region + ", '/', " + municipality + ") IN :scopeWholeMunicipalities"
                + " OR CONCAT(" + region + ", '/', " + municipality + ", '/', " + school + ".code) IN :scopeSchools";
    }

    /** The path of the entity's school: its {@link Path}, or {@value #DEFAULT_PATH}. */
    public static String pathOf(Class<?> entity) {
        Path path = entity.getAnnotation(Path.class);
        return path == null ? DEFAULT_PATH : path.value();
    }

    @Override
    public void customize(ClassDescriptor descriptor) {
        descriptor.getQueryManager().setAdditionalCriteria(criteria(pathOf(descriptor.getJavaClass())));
    }
}
