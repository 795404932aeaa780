package org.comity.core.repatriation.form;

import org.comity.core.task.ConsequentialChoice;
import org.comity.core.form.Labelled;

/** Options of a repatriation form field; their names are process variable values. */
public enum NationalityVerification implements Labelled {
    CONFIRMED("Confirmed national of the receiving state", "确认为接收国国民"),
    /** Ends the person's repatriation as referred (legal-domain.md §5.2 D6): confirmed explicitly in bulk. */
    @ConsequentialChoice
    NOT_CONFIRMED("Not confirmed", "未确认"),
    MORE_INFORMATION_NEEDED("More information needed", "需要更多信息");

    private final String en;
    private final String zh;

    NationalityVerification(String en, String zh) {
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
