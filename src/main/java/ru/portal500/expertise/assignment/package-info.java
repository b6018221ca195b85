/**
 * The assignment of reviews in mutual expertise and expert rounds: who reviews which document, at
 * the least total cost, with conflicts of interest excluded and the load balanced. Pure Java, no
 * persistence: the round's application service feeds it and stores what it returns.
 */
package ru.portal500.expertise.assignment;
