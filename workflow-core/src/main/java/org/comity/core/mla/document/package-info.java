/**
 * The content of the MLA documents (letter of request, execution report, notices of refusal and of
 * postponement), written from typed records only: the stored {@code MlaRequest} and the officers'
 * task forms read back as their {@code form} records. Storing, signing and auditing an issued
 * document is the root's {@code MlaDocuments}; nothing here reads the engine or the case's tables.
 */
package org.comity.core.mla.document;
