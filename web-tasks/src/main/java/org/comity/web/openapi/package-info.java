/**
 * The API's published contract: the OpenAPI description at {@code /v3/api-docs} from which an
 * agency's developers generate their client (README "Agency API"). Schema names, error responses,
 * security schemes and request examples are decided here, in one place, so that controllers only
 * declare what each operation does.
 */
package org.comity.web.openapi;
