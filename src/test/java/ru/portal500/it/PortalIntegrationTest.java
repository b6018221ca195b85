package ru.portal500.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An Arquillian test against the real war on Payara Micro, with MariaDB and Keycloak started first
 * (the order of the extensions matters: the infrastructure before the deployment).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestInfrastructure.class)
@ExtendWith(ArquillianExtension.class)
public @interface PortalIntegrationTest {
}
