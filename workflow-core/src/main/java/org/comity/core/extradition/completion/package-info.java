/**
 * The rules on completing extradition's tasks that need more than the form's own values (the
 * refusal grounds found, the legal basis of the case, who recorded the ruling): one class per rule,
 * each declaring the task form it checks ({@link org.comity.core.task.TaskCompletionRule}), and the
 * four-eyes rule on the review of a request.
 */
package org.comity.core.extradition.completion;
