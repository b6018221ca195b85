/** Dashboard: what a logged-in person sees first — who they are, their roles and where they hold them. */
package ru.portal500.dashboard;
