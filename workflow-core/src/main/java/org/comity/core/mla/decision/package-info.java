/**
 * The contract of the DMN table {@code MlaRefusalGrounds} kept in the {@code bpmn} module: its id
 * and resource, input and output variable names, the ground codes of legal-domain.md §4.3 with
 * their wording, and a typed builder for its inputs. Only decision values cross this boundary.
 */
package org.comity.core.mla.decision;
