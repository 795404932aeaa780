/**
 * Mutual legal assistance (MLA): one state asks another for evidence or a procedural act in a
 * criminal matter (bank or telecom records, a witness statement, search and seizure, freezing
 * assets, service of documents, locating a person). Facts come from {@code reference/legal-domain.md} §4.
 *
 * <p>This root package is the feature's published surface with {@code request} and {@code form}:
 * the two processes' ids, messages, variables and delegate bean names ({@link
 * org.comity.core.mla.MlaProcesses}), intake and amendments of a request, the MLA tables' repository,
 * the refusal-grounds assessment, the letter preview, and the services the delegates call to issue
 * documents, send messages and start windows; {@code request} is the request model with the legal
 * bases it may name, {@code form} the task forms. Everything else is internal: {@code rules} (one
 * class per legal rule of a request), {@code decision} (the contract of the DMN table
 * {@code MlaRefusalGrounds}), {@code document} (document content from the request and the forms as
 * records) and {@code delegate} (one thin bean per step of the models). The root depends on its sub-packages and none of them on the root except
 * {@code delegate}, so the packages are free of cycles.
 */
package org.comity.core.mla;
