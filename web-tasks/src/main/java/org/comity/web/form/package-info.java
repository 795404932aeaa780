/**
 * The one field renderer of the tasklist: {@link org.comity.web.form.FieldView} is a control as the
 * fragment {@code templates/field.html} draws it, whichever form it belongs to. Task forms
 * ({@link org.comity.web.form.TaskFormFields}, from the {@code core.form} schema) and request wizard
 * steps ({@code web.wizard}) both build their controls as field views.
 */
package org.comity.web.form;
