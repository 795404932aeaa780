/**
 * Public verification of printed documents: the page {@code /verify} and the endpoint
 * {@code GET /api/v1/verification/{code}}, the only parts of Comity open without signing in. They
 * answer whether Comity issued the document with a given code, when, by which authority, its SHA-256
 * and whether it was superseded, and nothing else; lookups are rate-limited per client address.
 */
package org.comity.web.verification;
