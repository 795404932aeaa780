package org.comity.core.task;

/**
 * The person a task is about, as the task list names them: in original script and in Latin
 * letters, read from Comity's person table (never from process variables).
 *
 * @param personId the person's id, for the consultation logged when the name is shown
 * @param caseId the case (operation) the person belongs to
 */
public record TaskSubject(String personId, String caseId, String nameOriginal, String nameLatin) {}
