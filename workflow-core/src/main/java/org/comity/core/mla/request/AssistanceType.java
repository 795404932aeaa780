package org.comity.core.mla.request;

import org.comity.core.form.Labelled;

/**
 * The kinds of assistance a request may ask for (DESIGN §4.3; legal-domain.md §4.1
 * {@code assistanceSought}; China's ICJA Arts. 20–54 define each type's own fields).
 */
public enum AssistanceType implements Labelled {

    BANK_RECORDS("Bank records", "调取银行记录"),
    /** Subscriber data and call records, incl. where calls originated (telecom fraud). */
    TELECOM_RECORDS("Telecom records and call origins", "调取电信记录及来电来源"),
    WITNESS_STATEMENT("Witness statement", "询问证人"),
    SEARCH_AND_SEIZURE("Search and seizure", "搜查、扣押"),
    ASSET_FREEZE("Freezing of assets", "冻结涉案财物"),
    /** Service of judicial documents: the one type that needs no summary of facts (UNCAC 46(15)(c)). */
    SERVICE_OF_DOCUMENTS("Service of documents", "送达文书"),
    LOCATE_PERSON("Locating a person", "查找、辨认有关人员");

    private final String en;
    private final String zh;

    AssistanceType(String en, String zh) {
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
