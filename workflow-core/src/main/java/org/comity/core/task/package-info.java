/**
 * Task work: the caller's task list (filters, search by a person's name, counts), a task's form,
 * claim, release, completion and bulk completion, with the visibility and role checks that keep
 * each jurisdiction to its own tasks.
 */
package org.comity.core.task;
