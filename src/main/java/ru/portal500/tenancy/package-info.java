/** Tenancy: regions (the tenants) and their municipalities, the scopes every right is granted in. */
package ru.portal500.tenancy;
