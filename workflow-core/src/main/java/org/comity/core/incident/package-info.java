/**
 * Failed jobs of a case's processes, shown as incidents of the case. A job (a document issued, a
 * message sent to the other side, a timer of the law, any asynchronous step) that runs out of retries
 * becomes a Camunda incident; this package names it for people (which step, in words, when, a safe
 * summary of the cause, open or resolved), decides which state it belongs to, and lets that state's
 * supervisor run the job again once the cause is fixed. Nothing here stores its own copy of the
 * incident: Camunda's history (level FULL) already keeps every incident with its open and end time.
 */
package org.comity.core.incident;
