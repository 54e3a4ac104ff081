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

    protected Province() {}

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

    /** The unit as plain data. */
    public ProvinceUnit unit() {
        return new ProvinceUnit(id, code, nameVi, kind, validFrom, validTo);
    }

    /** Whether the unit still exists under this name and kind on the given day. */
    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
