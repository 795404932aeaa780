package org.comity.core.mla.request;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.comity.core.text.MultilingualText;

/**
 * The registry of MLA legal bases. The standard set is what legal-domain.md §4 names for China and
 * Myanmar: both are parties to UNTOC (Myanmar acceded in 2004, §4.4 [verified S13]); UNCAC's MLA
 * article is numbered like UNTOC's (§1 S15/S16), and both states are listed as its parties here
 * [unverified in legal-domain.md: check before relying on it]; Myanmar joined the ASEAN MLA treaty
 * in 2009, to which China is not a party (§4.4); without a treaty, reciprocity.
 */
public final class MlaLegalBases {

    public static final String UNTOC = "UNTOC-2000";
    public static final String UNCAC = "UNCAC-2003";
    public static final String ASEAN_MLAT = "ASEAN-MLAT-2004";
    public static final String RECIPROCITY = "RECIPROCITY";

    private static final Set<String> ASEAN_MEMBERS = Set.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN");

    private final Map<String, MlaLegalBasis> byId = new LinkedHashMap<>();

    public MlaLegalBases(List<MlaLegalBasis> bases) {
        bases.forEach(basis -> {
            if (byId.putIfAbsent(basis.id(), basis) != null) {
                throw new IllegalArgumentException("Legal basis registered twice: " + basis.id());
            }
        });
    }

    /** UNTOC, UNCAC, the ASEAN MLA treaty and reciprocity. */
    public static MlaLegalBases standard() {
        return new MlaLegalBases(List.of(
                new MlaLegalBasis(
                        UNTOC,
                        MlaLegalBasisKind.CONVENTION,
                        MultilingualText.pairs(
                                "en",
                                "United Nations Convention against Transnational Organized Crime (2000), Art. 18",
                                "zh-Hans",
                                "《联合国打击跨国有组织犯罪公约》第十八条"),
                        Set.of("CN", "MM")),
                new MlaLegalBasis(
                        UNCAC,
                        MlaLegalBasisKind.CONVENTION,
                        MultilingualText.pairs(
                                "en",
                                "United Nations Convention against Corruption (2003), Art. 46",
                                "zh-Hans",
                                "《联合国反腐败公约》第四十六条"),
                        Set.of("CN", "MM")),
                new MlaLegalBasis(
                        ASEAN_MLAT,
                        MlaLegalBasisKind.TREATY,
                        MultilingualText.pairs(
                                "en",
                                "Treaty on Mutual Legal Assistance in Criminal Matters (ASEAN, 2004)",
                                "zh-Hans",
                                "《东南亚国家联盟刑事司法协助条约》"),
                        ASEAN_MEMBERS),
                new MlaLegalBasis(
                        RECIPROCITY,
                        MlaLegalBasisKind.RECIPROCITY,
                        MultilingualText.pairs("en", "Reciprocity (no treaty)", "zh-Hans", "互惠原则（无条约）"),
                        Set.of())));
    }

    public Optional<MlaLegalBasis> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    /** A basis that must exist, e.g. one a stored request refers to. */
    public MlaLegalBasis get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown MLA legal basis: " + id));
    }

    public List<MlaLegalBasis> all() {
        return List.copyOf(byId.values());
    }
}
