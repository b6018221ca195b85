package ru.portal500.tenancy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What pages show about any place, whatever the caller's scope: a region's time zone, a region's or a
 * municipality's name (the names are public; nothing else of a place is read here). Kept once read: a name not
 * found is looked up again next time; a region's zone (set by a migration, no editor yet) is read once per start.
 */
@ApplicationScoped
public class PlaceNames {

    /** The programme's reference time, also the zone of a region that names none. */
    public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();

    /** The region's time zone (Europe/Moscow for a region unknown). */
    public ZoneId zone(String regionCode) {
        ZoneId zone = zones.get(regionCode);
        if (zone == null) {
            List<?> found = em.createNativeQuery("select time_zone from region where code = ?")
                    .setParameter(1, regionCode).getResultList();
            zone = found.isEmpty() ? MOSCOW : ZoneId.of(String.valueOf(found.get(0)));
            zones.put(regionCode, zone);
        }
        return zone;
    }

    /** A region's name. */
    public Optional<String> region(String regionCode) {
        return name("r:" + regionCode, "select name from region where code = ?", regionCode);
    }

    /** A municipality's name, by its code in its region or, when the region is not known, by its code alone. */
    public Optional<String> municipality(String regionCode, String code) {
        return regionCode == null
                ? name("m::" + code, "select min(name) from municipality where code = ?", code)
                : name("m:" + regionCode + ":" + code, "select m.name from municipality m join region r"
                        + " on r.id = m.region_id where r.code = ? and m.code = ?", regionCode, code);
    }

    private Optional<String> name(String key, String sql, String... parameters) {
        String name = names.get(key);
        if (name == null) {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            List<?> found = query.getResultList();
            if (found.isEmpty() || found.get(0) == null) {
                return Optional.empty();
            }
            name = String.valueOf(found.get(0));
            names.put(key, name);
        }
        return Optional.of(name);
    }
}
