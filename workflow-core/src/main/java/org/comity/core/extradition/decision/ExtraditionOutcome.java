package org.comity.core.extradition.decision;

/**
 * Whether extradition is granted, from the court's ruling and the executive decision: a ruling of
 * "no extradition" ends the matter (S10 Art. 29); after a ruling that the conditions are met the
 * State Council grants, refuses or postpones (Arts. 29, 42). A postponement is a grant whose
 * surrender comes later.
 */
public final class ExtraditionOutcome {

    public static final String EXTRADITABLE = "EXTRADITABLE";
    public static final String REFUSE = "REFUSE";

    private ExtraditionOutcome() {}

    public static boolean granted(String ruling, String decision) {
        return EXTRADITABLE.equals(ruling) && decision != null && !REFUSE.equals(decision);
    }
}
