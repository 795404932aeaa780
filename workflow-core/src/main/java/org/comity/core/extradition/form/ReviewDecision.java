package org.comity.core.extradition.form;

import org.comity.core.form.Labelled;

/** The supervisor's review of a drafted request (DESIGN §4.1 requesting step 2). */
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
