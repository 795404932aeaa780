/**
 * Mutual legal assistance (MLA): one state asks another for evidence or a procedural act in a
 * criminal matter (bank or telecom records, a witness statement, search and seizure, freezing
 * assets, service of documents, locating a person). Sub-packages hold the request model
 * ({@code request}), the legal bases it may rest on ({@code legalbasis}), the named rules that
 * validate it ({@code validation}), the contract of the DMN table {@code MlaRefusalGrounds}
 * ({@code decision}), the task forms ({@code form}), intake ({@code intake}) and the two processes'
 * constants and delegates ({@code process}). Facts come from {@code reference/legal-domain.md} §4.
 */
package org.comity.core.mla;
