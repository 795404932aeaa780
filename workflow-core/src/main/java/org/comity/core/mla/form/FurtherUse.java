package org.comity.core.mla.form;

import org.comity.core.form.Labelled;

/**
 * Whether the requesting state wants to use the evidence for other proceedings than those stated in
 * the request, which needs the requested state's consent (ICJA Art. 18; legal-domain.md §4.2 C5,
 * §10 item 20).
 */
public enum FurtherUse implements Labelled {

    NONE("Only for the proceedings of the request", "仅用于请求所述案件"),
    REQUEST_CONSENT("Ask consent to use it in other proceedings", "请求同意用于其他案件");

    private final String en;
    private final String zh;

    FurtherUse(String en, String zh) {
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
