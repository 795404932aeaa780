/**
 * The contract of the extradition decision tables kept in the {@code bpmn} module: decision ids,
 * resource names, input and output variable names, the refusal-ground codes they emit, and typed
 * builders for their input variables. Only ids and decision values cross this boundary, never
 * personal data. The legal content of each table is described in {@code reference/legal-domain.md}
 * §2.2, §2.6 and §7.
 */
package org.comity.core.extradition.decision;
