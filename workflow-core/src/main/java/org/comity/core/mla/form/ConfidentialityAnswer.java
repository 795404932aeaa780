package org.comity.core.mla.form;

import org.comity.core.form.Labelled;

/**
 * The requesting state's answer when told that its request cannot be kept confidential (UNTOC Art.
 * 18(20): the requested state informs promptly; the requesting state decides whether the request
 * should nevertheless be executed; legal-domain.md §10 item 19).
 */
public enum ConfidentialityAnswer implements Labelled {

    PROCEED("Execute it nevertheless", "仍请执行"),
    WITHDRAW("Withdraw the request", "撤回请求");

    private final String en;
    private final String zh;

    ConfidentialityAnswer(String en, String zh) {
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
