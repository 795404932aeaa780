/**
 * The task forms of the two MLA processes (one record per {@code formKey}) with their field and
 * cross-field rules, the evidence-item list the executing officer records, and the completion rules
 * that need the case's state (refusal grounds found, who drafted what, whether the request is
 * confidential) and so run just before the engine completes the task.
 */
package org.comity.core.mla.form;
