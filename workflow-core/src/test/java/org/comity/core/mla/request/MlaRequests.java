package org.comity.core.mla.request;

import java.time.LocalDate;
import java.util.List;
import org.comity.core.law.Penalty;
import org.comity.core.person.IdentityDocument;
import org.comity.core.person.IdentityDocumentType;
import org.comity.core.person.Sex;

/** Named MLA requests for tests, valid on {@link #TODAY} without warnings, and a builder to vary them. */
public final class MlaRequests {

    /** The submission date the fixtures are valid on. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private MlaRequests() {}

    public static Offence aTelecomFraud() {
        return new Offence(
                "Defrauding victims in China by telephone from a call centre",
                "Criminal Law of the PRC, Art. 266",
                Penalty.months(120));
    }

    public static PersonConcerned zhangWei() {
        return new PersonConcerned(
                "张伟",
                "Zhang Wei",
                Sex.MALE,
                LocalDate.of(1990, 5, 17),
                List.of("CN"),
                List.of(new IdentityDocument(IdentityDocumentType.PASSPORT, "E12345678", "CN", null)),
                PersonRole.SUSPECT,
                "Myawaddy, Kayin State");
    }

    public static PersonConcerned ayeAye() {
        return new PersonConcerned(
                "အေးအေး",
                "Aye Aye",
                Sex.FEMALE,
                LocalDate.of(1985, 11, 2),
                List.of("MM"),
                List.of(),
                PersonRole.WITNESS,
                "Yangon");
    }

    /** China asks Myanmar under UNTOC for bank and telecom records of a call centre. */
    public static MlaRequest aRequestFromChinaForBankAndTelecomRecords() {
        return new MlaRequest(
                "CN",
                "MM",
                new RequestingAuthority(
                        "Kunming Public Security Bureau", "Li Ming", "li.ming@example.cn", "+86 871 1234 5678"),
                MlaLegalBases.UNTOC,
                false,
                ProceedingType.INVESTIGATION,
                "KM-2026-0042",
                List.of(AssistanceType.BANK_RECORDS, AssistanceType.TELECOM_RECORDS),
                "A call centre in Myawaddy defrauded 214 victims in China of CNY 18 million by telephone.",
                List.of(aTelecomFraud()),
                List.of(zhangWei()),
                "Statements of account 0012-3344-55 at KBZ Bank, Myawaddy branch, 2025; subscriber data and call "
                        + "origins of +95 9 123 456 789.",
                null,
                "To trace the proceeds and prove who made the calls",
                "The account received the victims' transfers and the number made the calls",
                TODAY.plusDays(60),
                "The suspects' detention ends in three months",
                false,
                null,
                null,
                false,
                "zh",
                List.of("en"));
    }

    /** Myanmar asks China on reciprocity to hear a witness; in English with a Chinese translation. */
    public static MlaRequest aRequestFromMyanmarForAWitnessStatement() {
        return MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .requestingState("MM")
                .requestedState("CN")
                .legalBasisId(MlaLegalBases.RECIPROCITY)
                .reciprocityUndertaking(true)
                .assistanceTypes(AssistanceType.WITNESS_STATEMENT)
                .personsConcerned(ayeAye())
                .language("en")
                .translations("zh-Hans")
                .build();
    }

    /** China asks Myanmar only to serve a summons on a witness: no facts needed. */
    public static MlaRequest aRequestToServeASummonsOnly() {
        return MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .assistanceTypes(AssistanceType.SERVICE_OF_DOCUMENTS)
                .factsSummary(null)
                .personsConcerned(ayeAye())
                .summons(new Summons(
                        1, SummonsCapacity.WITNESS, "Kunming Intermediate People's Court", TODAY.plusMonths(4)))
                .build();
    }

    public static Builder from(MlaRequest request) {
        return new Builder(request);
    }

    /** Copies a request with some parts changed. */
    public static final class Builder {

        private String requestingState;
        private String requestedState;
        private final RequestingAuthority authority;
        private String legalBasisId;
        private boolean reciprocity;
        private final ProceedingType proceedingType;
        private final String caseReference;
        private List<AssistanceType> assistanceTypes;
        private String factsSummary;
        private List<Offence> offences;
        private List<PersonConcerned> persons;
        private final String assistanceSought;
        private final String particularProcedure;
        private final String purpose;
        private String relevance;
        private LocalDate deadline;
        private String urgencyReason;
        private boolean confidential;
        private String confidentialityReasons;
        private Summons summons;
        private boolean directCollection;
        private String language;
        private List<String> translations;

        private Builder(MlaRequest r) {
            requestingState = r.requestingState();
            requestedState = r.requestedState();
            authority = r.requestingAuthority();
            legalBasisId = r.legalBasisId();
            reciprocity = r.reciprocityUndertaking();
            proceedingType = r.proceedingType();
            caseReference = r.caseReference();
            assistanceTypes = r.assistanceTypes();
            factsSummary = r.factsSummary();
            offences = r.offences();
            persons = r.personsConcerned();
            assistanceSought = r.assistanceSought();
            particularProcedure = r.particularProcedure();
            purpose = r.purpose();
            relevance = r.relevance();
            deadline = r.deadline();
            urgencyReason = r.urgencyReason();
            confidential = r.confidential();
            confidentialityReasons = r.confidentialityReasons();
            summons = r.summons();
            directCollection = r.directCollectionByRequestingOfficials();
            language = r.language();
            translations = r.translations();
        }

        public Builder requestingState(String value) {
            requestingState = value;
            return this;
        }

        public Builder requestedState(String value) {
            requestedState = value;
            return this;
        }

        public Builder legalBasisId(String value) {
            legalBasisId = value;
            return this;
        }

        public Builder reciprocityUndertaking(boolean value) {
            reciprocity = value;
            return this;
        }

        public Builder assistanceTypes(AssistanceType... values) {
            assistanceTypes = List.of(values);
            return this;
        }

        public Builder factsSummary(String value) {
            factsSummary = value;
            return this;
        }

        public Builder offences(Offence... values) {
            offences = List.of(values);
            return this;
        }

        public Builder personsConcerned(PersonConcerned... values) {
            persons = List.of(values);
            return this;
        }

        public Builder relevance(String value) {
            relevance = value;
            return this;
        }

        public Builder deadline(LocalDate value, String reason) {
            deadline = value;
            urgencyReason = reason;
            return this;
        }

        public Builder confidential(boolean value, String reasons) {
            confidential = value;
            confidentialityReasons = reasons;
            return this;
        }

        public Builder summons(Summons value) {
            summons = value;
            return this;
        }

        public Builder directCollectionByRequestingOfficials(boolean value) {
            directCollection = value;
            return this;
        }

        public Builder language(String value) {
            language = value;
            return this;
        }

        public Builder translations(String... values) {
            translations = List.of(values);
            return this;
        }

        public MlaRequest build() {
            return new MlaRequest(
                    requestingState,
                    requestedState,
                    authority,
                    legalBasisId,
                    reciprocity,
                    proceedingType,
                    caseReference,
                    assistanceTypes,
                    factsSummary,
                    offences,
                    persons,
                    assistanceSought,
                    particularProcedure,
                    purpose,
                    relevance,
                    deadline,
                    urgencyReason,
                    confidential,
                    confidentialityReasons,
                    summons,
                    directCollection,
                    language,
                    translations);
        }
    }
}
