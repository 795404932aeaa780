package org.comity.core.extradition.request;

/**
 * How the request reaches the requested state ({@code reference/legal-domain.md} §2.7
 * {@code channel}; §9 item 1). A formal request travels through the diplomatic channel or, where a
 * treaty designates one, directly to the designated authority (S10 Arts. 4, 10; S1 Art. 5). A
 * request for provisional arrest may also go in writing directly to the police or through
 * INTERPOL (S10 Art. 30; S1 Art. 9). The names map to §2.7's {@code DIPLOMATIC},
 * {@code CENTRAL_AUTHORITY}, {@code DIRECT_MPS_WRITTEN} and {@code INTERPOL}.
 */
public enum Channel {

    /** Through diplomatic channels, to the requested state's foreign ministry. */
    DIPLOMATIC,

    /** Directly to the authority the treaty designates, e.g. a ministry of justice or central authority. */
    DESIGNATED_AUTHORITY,

    /** In writing directly to the police of the requested state (China: the Ministry of Public Security). */
    POLICE,

    /** Through INTERPOL, e.g. a red notice or diffusion. */
    INTERPOL;

    /** Whether a formal request may travel this way at all (the designated authority only under a treaty). */
    public boolean carriesFormalRequests() {
        return this == DIPLOMATIC || this == DESIGNATED_AUTHORITY;
    }
}
