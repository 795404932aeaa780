/**
 * The auditor's API and the logging of consultations: who read which personal data, and who read
 * the audit log itself.
 */
package org.comity.web.audit;
