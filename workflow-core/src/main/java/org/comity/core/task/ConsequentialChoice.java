package org.comity.core.task;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an option of a form's choice whose choosing has legal consequences for the person (e.g. a
 * nationality {@code NOT_CONFIRMED} ends the person's repatriation as referred), although the form
 * as a whole is routine. Chosen for many persons at once, the officer must see who is affected and
 * confirm explicitly ({@link BulkCompletion#consequential}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ConsequentialChoice {}
