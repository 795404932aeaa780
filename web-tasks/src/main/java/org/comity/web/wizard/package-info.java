/**
 * "New request" wizards for officers (legal-domain.md §4.5, after the UNODC MLA Request Writer
 * Tool): a request is drafted step by step, each step refuses to be left while essential
 * information is missing, the draft is kept server-side between sessions, and a review page shows
 * everything with the warnings before it is submitted through the same intake as the API.
 * <p>
 * The machinery is generic: a {@link org.comity.web.wizard.RequestWizard} declares its steps
 * (fields and repeatable rows named by their path in the request model), how to validate the
 * model and how to submit it; binding, per-step validation, rows, drafts, rendering and review are
 * shared. A second wizard is one more {@code RequestWizard} bean plus its message keys.
 */
package org.comity.web.wizard;
