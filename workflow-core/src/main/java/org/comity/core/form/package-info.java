/**
 * Typed task forms. A form is a record annotated {@link org.comity.core.form.TaskForm}; its
 * components, labels and Bean Validation annotations are the single definition from which the
 * tasklist renders the HTML form, the API serves the JSON schema, submissions are validated and the
 * allowed process variables are derived.
 */
package org.comity.core.form;
