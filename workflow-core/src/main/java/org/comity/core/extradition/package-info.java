/**
 * Extradition: the legal rules that decide whether, how fast and on what terms a person may be
 * surrendered from the requested state to the requesting state. This root package is the feature's
 * published surface, which the web layer and other features use together with {@code request} (the
 * request model) and {@code form} (the task forms): the ids, message, variable and bean names of the
 * two processes ({@link org.comity.core.extradition.ExtraditionProcesses}), the case status, the
 * event other features react to, and the facade interfaces the internal packages implement. The
 * root depends on no internal package. Internal: the legal bases and their time limits
 * ({@code legalbasis}), the DMN decision tables ({@code decision}), the named cross-field rules
 * ({@code rules}), intake, speciality and assurances, the delegates the models call
 * ({@code delegate}) and the documents ({@code document}). Facts come from
 * {@code reference/legal-domain.md} §2.
 */
package org.comity.core.extradition;
