/**
 * Task work: the caller's task list (filters, search by a person's name, counts), a task's form,
 * claim, release, completion and bulk completion (with one value per person where the value is the
 * person's own), with the visibility and role checks that keep each jurisdiction to its own tasks;
 * the person a task is about and the facts on them, read from Comity's tables; and every user task's
 * due date, taken from the boundary timer its model already states.
 */
package org.comity.core.task;
