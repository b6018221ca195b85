package ru.portal500.tenancy.infrastructure;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a repository whose queries read tenant data: before each call the caller's scope is put
 * into the transaction's EntityManager, where every tenant entity's {@code @AdditionalCriteria}
 * reads it. A query on tenant data without it fails (missing parameter) instead of leaking.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ScopedToCaller {
}
