package org.comity.core.extradition;

import java.time.LocalDate;

/**
 * An offence extradition was granted for, as the speciality register keeps it: the person may be
 * proceeded against for it without the requested state's consent (S10 Art. 14).
 */
public record GrantedOffence(String description, String provision, LocalDate dateFrom, LocalDate dateTo) {}
