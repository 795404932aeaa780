package org.comity.core.repatriation.form;

import org.comity.core.form.Labelled;

/**
 * What became of a person the receiving state did not receive (legal-domain.md §9 item 18: the head
 * count on receipt must equal the manifest, so every person on it is accounted for). The names are
 * process variable values.
 */
public enum NotReceivedOutcome implements Labelled {
    STILL_HELD("Still held in custody (ready for another transfer)", "仍在羁押（可安排其他批次移交）"),
    ESCAPED("Escaped", "脱逃"),
    DIED("Died", "死亡"),
    RELEASED("Released (e.g. by a court)", "已释放（如经法院裁定）"),
    RECEIVED_LATE("Received late by the receiving state", "接收方事后接收");

    private final String en;
    private final String zh;

    NotReceivedOutcome(String en, String zh) {
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
