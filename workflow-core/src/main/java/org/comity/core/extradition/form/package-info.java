/**
 * The task forms of the two extradition processes (one record per {@code formKey}) with their
 * field and cross-field rules, and the completion rules that need the case's state (grounds found,
 * who drafted or recorded what) and so run just before the engine completes the task.
 */
package org.comity.core.extradition.form;
