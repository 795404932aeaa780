/**
 * The speciality register (legal-domain.md §9 item 12): once a person is surrendered, the offences
 * extradition was granted for; any later proceeding for another offence committed before the
 * surrender, with the requested state's consent or the proof that the person had the window to leave
 * and stayed, or left and came back (PRC Extradition Law Art. 14(1); China–Thailand treaty Art. 13;
 * UN Model Treaty Art. 14).
 */
package org.comity.core.extradition.speciality;
