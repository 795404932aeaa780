/**
 * The task forms of the two MLA processes (one record per {@code formKey}) with their field and
 * cross-field rules, and the evidence-item list the executing officer records. The completion rules
 * that need the case's state (refusal grounds found, who drafted what, whether the request is
 * confidential) are the root's {@code MlaCompletionRules}: they read the case's tables, which the
 * forms, being published records, must not depend on.
 */
package org.comity.core.mla.form;
