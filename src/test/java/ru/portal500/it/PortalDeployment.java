package ru.portal500.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment of the integration tests: the real war that {@code mvn package} built, deployed once per test
 * JVM by {@link OneDeploymentPerJvm} and shared by every {@link PortalIntegrationTest} class of that JVM.
 */
public final class PortalDeployment {

    public static final String NAME = "portal500.war";

    private PortalDeployment() {
    }

    /**
     * The deployment's address as a browser on this machine uses it: Micro reports the machine's
     * network address, but Keycloak's redirect URIs for the tests name {@code localhost}.
     * No trailing slash.
     */
    public static String localUrl(java.net.URL deployed) {
        return "http://localhost:" + deployed.getPort() + deployed.getPath().replaceAll("/$", "");
    }

    /** The deployment every test class gets (a class needs no {@code @Deployment} of its own). */
    @Deployment(testable = false)
    public static WebArchive deployment() {
        return builtWar();
    }

    public static WebArchive builtWar() {
        File war = new File(TestInfrastructure.property("it.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No war at " + war + ": run mvn verify, which packages it first");
        }
        return ShrinkWrap.create(ZipImporter.class, NAME).importFrom(war).as(WebArchive.class);
    }
}
