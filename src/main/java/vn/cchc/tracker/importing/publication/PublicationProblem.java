package vn.cchc.tracker.importing.publication;

import vn.cchc.tracker.tablefile.ProblemKind;

/**
 * What can be wrong with a published table or one of its rows, beyond the file problems and the value problems it
 * shares with the results import ({@code importing.RowProblem}); each has one sentence under
 * {@code publication.problem.<name>}.
 */
public enum PublicationProblem implements ProblemKind {
    /** Neither a province column nor a code column. */
    NO_PROVINCE_COLUMN("publication.problem.noProvinceColumn"),
    /** {0} the index: no score, rank or group column this index has. */
    NO_VALUE_COLUMN("publication.problem.noValueColumn"),
    /** {0} the header, {1} the index: a group column for an index that publishes no groups. */
    GROUP_NOT_PUBLISHED("publication.problem.groupNotPublished"),
    /** {0} the header: two columns mean the same. */
    DUPLICATE_COLUMN("publication.problem.duplicateColumn"),
    /** Neither a name nor a code in the row. */
    PROVINCE_REQUIRED("publication.problem.provinceRequired"),
    /** {0} the name as written, {1} the year. */
    PROVINCE_UNKNOWN("publication.problem.provinceUnknown"),
    /** {0} the name as written, {1} the year, {2} the units it could be. */
    PROVINCE_AMBIGUOUS("publication.problem.provinceAmbiguous"),
    /** {0} the code as written, {1} the year. */
    CODE_UNKNOWN("publication.problem.codeUnknown"),
    /** {0} the name, {1} the unit it names, {2} the code, {3} the unit the code names. */
    NAME_AND_CODE_DISAGREE("publication.problem.nameAndCodeDisagree"),
    /** {0} the unit, {1} the row that named it first. */
    DUPLICATE_PROVINCE("publication.problem.duplicateProvince"),
    /** The row has no score, rank or group. */
    NO_VALUE("publication.problem.noValue"),
    /** {0} the unit, {1} the year: the year's results are approved and read-only. */
    YEAR_APPROVED("publication.problem.yearApproved");

    private final String messageKey;

    PublicationProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
