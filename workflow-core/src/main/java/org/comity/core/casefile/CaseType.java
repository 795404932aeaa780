package org.comity.core.casefile;

/** The kinds of cooperation Comity handles; each has its own reference prefix. */
public enum CaseType {
    EXTRADITION("EXT"),
    REPATRIATION("REP"),
    MLA("MLA");

    private final String prefix;

    CaseType(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
