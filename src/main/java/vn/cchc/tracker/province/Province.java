package vn.cchc.tracker.province;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.Formula;

/**
 * A province or centrally-run city for the period it existed under this name and kind. The GSO code
 * can carry over to a successor (Thừa Thiên Huế → Huế, both 46), so the code alone is not an identity.
 */
@Entity
@Table(name = "province")
public class Province {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 3)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProvinceKind kind;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private Province successor;

    @Column(name = "change_note")
    private String changeNote;

    /** The keys of the unit list's sources (S1 …) for this unit, read with the unit: no statement of its own. */
    @Formula("(select string_agg(s.source_key, ';' order by s.position) from province_source s"
            + " where s.province_id = id)")
    private String sourceKeys;

    protected Province() {}

    /** A unit as plain data, for rules and their tests; units are created by migrations and restores, not by this. */
    public static Province of(
            long id,
            String code,
            String nameVi,
            ProvinceKind kind,
            LocalDate validFrom,
            LocalDate validTo,
            Province successor) {
        Province p = new Province();
        p.id = id;
        p.code = code;
        p.nameVi = nameVi;
        p.kind = kind;
        p.validFrom = validFrom;
        p.validTo = validTo;
        p.successor = successor;
        return p;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public ProvinceKind getKind() {
        return kind;
    }

    /** The first day; {@code null} when the unit was in force before the period the unit list covers (no founding date is claimed). */
    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Province getSuccessor() {
        return successor;
    }

    public String getChangeNote() {
        return changeNote;
    }

    /** The keys of its sources in the unit list (S1 …), described on the sources page; empty for a unit not in it. */
    public List<String> getSourceKeys() {
        return sourceKeys == null ? List.of() : List.of(sourceKeys.split(";"));
    }

    /** Whether it existed on at least one day of the year. */
    public boolean existedIn(int year) {
        return unit().existedIn(year);
    }

    /**
     * The last year it carried its code, for a link to its page: the year it ended, or the year before when its
     * successor under the same code began in that year (the newer unit carries a code in a year both existed in);
     * {@code null} while it is in force.
     */
    public Integer lastYearCarried() {
        if (validTo == null) {
            return null;
        }
        int year = validTo.getYear();
        boolean sameCodeBeganThatYear = successor != null
                && successor.code.equals(code)
                && successor.validFrom != null
                && successor.validFrom.getYear() == year;
        return sameCodeBeganThatYear ? year - 1 : year;
    }

    /**
     * Whether a value its code holds for that year is this unit's: from the year it began (if known) to the last year
     * it carried the code. The new Lâm Đồng (68, from 01/07/2025) does not show the old Lâm Đồng's PCI of 2021.
     */
    public boolean carriedCodeIn(int year) {
        Integer last = lastYearCarried();
        return (validFrom == null || year >= validFrom.getYear()) && (last == null || year <= last);
    }

    /** The unit as plain data. */
    public ProvinceUnit unit() {
        return new ProvinceUnit(
                id, code, nameVi, kind, validFrom, validTo, successor == null ? null : successor.getId());
    }

    /** Whether the unit still exists under this name and kind on the given day. */
    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
