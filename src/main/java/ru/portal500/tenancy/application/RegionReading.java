package ru.portal500.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.tenancy.infrastructure.WholeRegion;

import java.util.List;
import java.util.function.Supplier;

/**
 * Reading a region its caller holds no role in, for a service that has checked the caller may see what it makes of the
 * region and shows only that (the federal reader of aggregates sees counts and shares per region and municipality):
 * the one way across the tenancy's bounds in a request, region by region, undone after.
 */
@ApplicationScoped
public class RegionReading {

    @Inject
    WholeRegion wholeRegion;

    /** Every region's code, in order. */
    public List<String> regionCodes() {
        return wholeRegion.regionCodes();
    }

    /** The work, reading the region's whole data whoever calls. */
    public <T> T within(String regionCode, Supplier<T> work) {
        return wholeRegion.readFor(regionCode, work);
    }
}
