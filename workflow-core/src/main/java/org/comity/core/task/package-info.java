/**
 * Task work: the caller's task list, a task's form, claim, release and completion, with the
 * visibility and role checks that keep each jurisdiction to its own tasks.
 */
package org.comity.core.task;
