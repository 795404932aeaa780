/** The mutual legal assistance intake API: an agency or officer of the requesting state submits a request. */
package org.comity.web.mla;
