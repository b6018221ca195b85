/**
 * The practice bank: practices that worked elsewhere (contest winners, experts' and coordinators'
 * picks), with the risk factors they address, published by a region's operator or a municipality's
 * coordinator and readable by everyone, visitors included.
 */
package ru.portal500.practices;
