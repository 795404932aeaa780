/**
 * The shape of a validation failure shared by every input path (API requests, task forms, batch
 * uploads): a list of field errors, each naming the field and the rule it broke.
 */
package org.comity.core.validation;
