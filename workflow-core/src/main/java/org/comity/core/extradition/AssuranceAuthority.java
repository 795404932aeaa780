package org.comity.core.extradition;

/**
 * An authority that gives or decides an assurance, as the DMN {@code AssuranceRouting} names it
 * (S10 Art. 50; S11 Art. 11; legal-domain.md §6). Myanmar's are as far as the sources go: its
 * government, through its Ministry of Foreign Affairs.
 */
public enum AssuranceAuthority {

    /** PRC Ministry of Foreign Affairs: gives assurances on behalf of the government. */
    CN_MFA,

    /** Supreme People's Procuratorate: decides limits on prosecution. */
    CN_SPP,

    /** Supreme People's Court: decides sentencing assurances, the death penalty included. */
    CN_SPC,

    /** Myanmar Ministry of Foreign Affairs. */
    MM_MFA,

    /** The Government of the Republic of the Union of Myanmar. */
    MM_GOVERNMENT
}
