/** Platform: configuration, database and migrations, health, metrics and the REST API's root. */
package ru.portal500.platform;
