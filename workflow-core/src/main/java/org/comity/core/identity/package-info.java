/**
 * Who acts in Comity: people (officers, supervisors, auditors) with passwords, agencies with API
 * tokens, each bound to a role and a jurisdiction, and the naming of the candidate groups through
 * which they receive tasks.
 */
package org.comity.core.identity;
