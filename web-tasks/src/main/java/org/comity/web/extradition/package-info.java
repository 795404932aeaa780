/**
 * The extradition API: an agency or officer of the requesting state submits a request and asks for
 * extensions; later proceedings against a surrendered person are recorded in the speciality register.
 */
package org.comity.web.extradition;
