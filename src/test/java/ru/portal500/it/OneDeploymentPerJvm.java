package ru.portal500.it;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

import java.util.logging.Logger;

/**
 * The war is deployed once per test JVM and stays deployed for every test class in it. Arquillian deploys a class's
 * deployment before the class and undeploys it after; the Payara Micro managed adapter starts a new Micro on every
 * deploy (~40–60 s) and stops it on undeploy. This observer lets the first class's deploy through, hands the same
 * deployment (and so the same {@code @ArquillianResource URL}) to every later class, and undeploys once, when the
 * suite ends. The deployment is {@link PortalDeployment#deployment()}, whatever the test class declares.
 */
public final class OneDeploymentPerJvm {

    private static final Logger LOG = Logger.getLogger(OneDeploymentPerJvm.class.getName());

    /** Registered in {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}. */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(OneDeploymentPerJvm.class);
        }
    }

    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> classScenario;

    @Inject
    private Instance<ClassContext> classContext;

    @Inject
    private Event<GenerateDeployment> generate;

    @Inject
    private Event<UnDeployManagedDeployments> undeploy;

    private DeploymentScenario shared;
    private boolean generating;
    private boolean deployed;
    private boolean ending;

    public void generateOnce(@Observes EventContext<GenerateDeployment> event) {
        if (generating) {
            event.proceed();
        } else if (shared == null) {
            generating = true;
            try {
                generate.fire(new GenerateDeployment(new TestClass(PortalDeployment.class)));
            } finally {
                generating = false;
            }
            shared = classScenario.get();
        } else {
            classScenario.set(shared);
        }
    }

    /** A deploy that failed (a start-up timeout on a busy machine) is tried again by the next class, as before. */
    public void deployOnce(@Observes EventContext<DeployManagedDeployments> event) {
        if (!deployed) {
            LOG.info("Deploying the portal once for all test classes of this JVM");
            event.proceed();
            deployed = true;
        }
    }

    public void undeployAtTheEnd(@Observes EventContext<UnDeployManagedDeployments> event) {
        if (ending) {
            event.proceed();
        }
    }

    /** Before the containers stop (the suite's end): undeploy in a class context that holds the shared scenario. */
    public void endSuite(@Observes(precedence = 100) AfterSuite event) {
        if (shared == null) {
            return;
        }
        ClassContext context = classContext.get();
        context.activate(PortalDeployment.class);
        try {
            classScenario.set(shared);
            ending = true;
            undeploy.fire(new UnDeployManagedDeployments());
        } finally {
            ending = false;
            context.deactivate();
            context.destroy(PortalDeployment.class);
        }
    }
}
