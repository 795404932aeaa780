package org.comity.core.mla.form;

import org.comity.core.form.Labelled;

/**
 * Grounds on which a requested state may, or for {@code SOV} in China shall, refuse assistance
 * ({@code reference/legal-domain.md} §4.3). Whether a ground is mandatory depends on the requested
 * state and is an output of {@code MlaRefusalGrounds}, not a property of the code. Fiscal matters
 * and bank secrecy are deliberately absent: a state may not refuse on those grounds alone (UNTOC
 * Art. 18(8), 18(22)), so a refusal cannot cite them.
 */
public enum MlaGroundCode implements Labelled {

    /** Not in conformity with the requirements of the article (UNTOC 18(21)(a); ICJA Art. 15). */
    FORM,
    /** Sovereignty, security, ordre public or essential interests (UNTOC 18(21)(b); ICJA Art. 4). */
    SOV,
    /** Domestic law would prohibit the action for a similar domestic offence (UNTOC 18(21)(c)). */
    DOMLAW,
    /** Contrary to the requested state's legal system on MLA (UNTOC 18(21)(d)). */
    LEGSYS,
    /** No dual criminality (UNTOC 18(9); ICJA Art. 14(1)). */
    DC,
    /** Final judgment or terminated proceedings in the requested state (ICJA Art. 14(2)). */
    NBI,
    /** Investigation, prosecution or trial pending in the requested state (ICJA Art. 14(2)). */
    PEND,
    /** Time-barred, amnesty or pardon (ICJA Art. 14(2)). */
    LAP,
    /** Political offence (ICJA Art. 14(3); UN Model Treaty on MLA Art. 4(1)(b)). */
    POL,
    /** Purely military offence (ICJA Art. 14(4)). */
    MIL,
    /** Persecution on account of race, religion, nationality, sex, opinion or status (ICJA Art. 14(5)). */
    PER,
    /** No substantial link between the request and the case (ICJA Art. 14(6)). */
    LINK,
    /** Other situations in which the law allows refusal (ICJA Art. 14(7), Art. 22 para. 3). */
    OTHER;
}
