package ru.portal500.platform.database;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOutageTest {

    @Test
    void aLostConnectionIsFoundUnderTheWrappersOfEjbAndJpa() {
        SQLException closed = new SQLNonTransientConnectionException("(conn=12) Connection is closed", "08000");
        assertTrue(DatabaseOutage.isCause(new EJBException(new PersistenceException(
                org.eclipse.persistence.exceptions.DatabaseException.sqlException(closed)))));
    }

    @Test
    void thePoolThatCannotAllocateAConnectionMeansTheDatabaseIsAway() {
        SQLException pool = new SQLException("Error in allocating a connection. Cause: Connection could not be allocated");
        pool.initCause(new ResourceAllocationException("Socket fail to connect to 127.0.0.1:3307"));
        assertTrue(DatabaseOutage.isCause(new PersistenceException(pool)));
        assertTrue(DatabaseOutage.isCause(new SQLException("Communications link failure", "08S01")));
    }

    @Test
    void aFaultOfTheRequestIsNoOutage() {
        assertFalse(DatabaseOutage.isCause(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry 'atk-1'", "23000"))));
        assertFalse(DatabaseOutage.isCause(new IllegalArgumentException("no such school")));
        assertFalse(DatabaseOutage.isCause(null));
    }
}
