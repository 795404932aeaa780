/**
 * Authentication and the filter chains: people by password (bcrypt, once per credential and node),
 * agencies by OAuth 2.0 access tokens that Comity issues itself (client credentials, Spring
 * Authorization Server, clients and revocations in the database) or, in the demo profile, by fixed
 * tokens; rate limits per agency and person; the sign-in throttle and, with several nodes, the browser
 * sessions kept in the database; and the resolution of the signed-in {@code Actor} for controllers.
 */
package org.comity.web.security;
