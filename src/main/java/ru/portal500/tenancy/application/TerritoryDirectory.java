package ru.portal500.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.identity.domain.Role;
import ru.portal500.shared.domain.AccessDeniedException;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.infrastructure.TerritoryRepository;

import java.util.List;
import java.util.Set;

/** The directory of regions and municipalities, for those who administer them. */
@ApplicationScoped
public class TerritoryDirectory {

    static final Set<Role> ADMINISTRATORS = Set.of(Role.REGIONAL_OPERATOR, Role.MUNICIPAL_COORDINATOR);

    @Inject
    CurrentCaller currentCaller;

    @Inject
    TerritoryRepository territories;

    /** Municipalities with their regions; regional operators and municipal coordinators only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Municipality> municipalities() {
        if (!currentCaller.get().hasAnyRole(ADMINISTRATORS)) {
            throw new AccessDeniedException();
        }
        return territories.allMunicipalities();
    }
}
