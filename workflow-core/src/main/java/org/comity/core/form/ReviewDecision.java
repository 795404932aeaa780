package org.comity.core.form;

/**
 * A supervisor's review of a request an officer drafted, before it is sent to the other state
 * (DESIGN §4.1 requesting step 2, §4.3): approve it, or return it for correction with reasons.
 */
public enum ReviewDecision implements Labelled {

    APPROVE("Approve and send", "批准并发送"),
    RETURN("Return for correction", "退回修改");

    private final String en;
    private final String zh;

    ReviewDecision(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    @Override
    public String labelEn() {
        return en;
    }

    @Override
    public String labelZh() {
        return zh;
    }
}
