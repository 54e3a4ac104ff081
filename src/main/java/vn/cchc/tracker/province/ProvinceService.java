package vn.cchc.tracker.province;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.support.NotFoundException;

@Service
@Transactional(readOnly = true)
public class ProvinceService {

    private static final String UNITS =
            "select id, code, name_vi, kind, valid_from, valid_to, successor_id from province";
    private static final String SOURCES = """
            select key, description_vi, description_en, url from unit_source
            order by cast(substr(key, 2) as int)""";

    private final ProvinceRepository provinces;
    private final JdbcTemplate jdbc;

    public ProvinceService(ProvinceRepository provinces, JdbcTemplate jdbc) {
        this.provinces = provinces;
        this.jdbc = jdbc;
    }

    /** Every unit as plain data, in one statement: what imports, restores, writes and evaluations look units up in. */
    public ProvinceUnits units() {
        return new ProvinceUnits(jdbc.query(
                UNITS,
                (rs, n) -> new ProvinceUnit(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        ProvinceKind.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        (Long) rs.getObject(7))));
    }

    /** Every unit, ordered by code then period, successors loaded. */
    public List<Province> allUnits() {
        return provinces.findAllWithSuccessor();
    }

    /** One profile per GSO code, ordered by code. */
    public List<ProvinceProfile> profiles() {
        List<Province> all = provinces.findAllWithSuccessor();
        Map<String, List<Province>> byCode = new LinkedHashMap<>();
        for (Province p : all) {
            byCode.computeIfAbsent(p.getCode(), c -> new ArrayList<>()).add(p);
        }
        List<ProvinceProfile> profiles = new ArrayList<>();
        byCode.forEach((code, units) -> profiles.add(new ProvinceProfile(code, units, mergedInto(all, code))));
        return profiles;
    }

    public ProvinceProfile profile(String code) {
        return profiles().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.province.notFound", code));
    }

    /** The sources of the unit list, by key (S1, S2 … S16). */
    public List<UnitSource> sources() {
        return jdbc.query(
                SOURCES, (rs, n) -> new UnitSource(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** The unit that carried the code in the year (see {@link ProvinceUnits#inYear}); empty if none did. */
    public Optional<ProvinceUnit> unitInYear(String code, int year) {
        return units().inYear(code, year);
    }

    private static List<Province> mergedInto(List<Province> all, String code) {
        return all.stream()
                .filter(p -> !p.getCode().equals(code))
                .filter(p ->
                        p.getSuccessor() != null && p.getSuccessor().getCode().equals(code))
                .toList();
    }
}
