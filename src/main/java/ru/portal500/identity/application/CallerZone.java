package ru.portal500.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import ru.portal500.shared.i18n.ReaderZone;
import ru.portal500.tenancy.application.TerritoryDirectory;

import java.time.ZoneId;
import java.util.SortedSet;
import java.util.function.Function;

/** The reader's zone: their region's, Moscow for a visitor, a reader of several regions or work outside a request. */
@ApplicationScoped
public class CallerZone implements ReaderZone {

    public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Inject
    CurrentCaller caller;

    @Inject
    TerritoryDirectory territories;

    @Override
    public ZoneId zone() {
        SortedSet<String> regions;
        try {
            regions = caller.get().regions();
        } catch (ContextNotActiveException outsideARequest) {
            return MOSCOW;
        }
        return of(regions, territories::zone);
    }

    /** The zone of the one region a reader acts in; Moscow for none or several. */
    public static ZoneId of(SortedSet<String> regions, Function<String, ZoneId> zoneOfRegion) {
        return regions.size() == 1 ? zoneOfRegion.apply(regions.first()) : MOSCOW;
    }
}
