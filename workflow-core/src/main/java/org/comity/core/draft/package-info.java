/**
 * Officers' drafts of new requests: what an officer has entered in a "new request" wizard so far,
 * kept server-side so that a timed-out session or a closed browser loses nothing. A draft belongs
 * to the one person who started it; to anyone else it does not exist. Its content is the wizard's
 * own JSON, opaque here; submitting a draft turns it into a case and deletes it.
 */
package org.comity.core.draft;
