/**
 * Validation shared by every input path (API requests, task forms, batch uploads): the shape of a
 * failure (a list of field errors, each naming the field and the rule it broke) and the machinery
 * that validates a request record with its Bean Validation constraints plus named legal rules
 * ({@link org.comity.core.validation.RequestRule}), localising every message, and the field
 * constraints every request record uses ({@link org.comity.core.validation.VisibleText}). The rules
 * themselves live with their feature (extradition, mutual legal assistance).
 */
package org.comity.core.validation;
