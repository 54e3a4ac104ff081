package vn.cchc.tracker.province;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.cchc.tracker.support.NotFoundException;

@Service
@Transactional(readOnly = true)
public class ProvinceService {

    private final ProvinceRepository provinces;

    public ProvinceService(ProvinceRepository provinces) {
        this.provinces = provinces;
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

    /**
     * The unit that carried the code in the given year: the one whose period overlaps the year, the newer one if two
     * do (Thừa Thiên Huế until 2024, Huế from 2025); empty if no unit had the code that year.
     */
    public java.util.Optional<Province> unitInYear(String code, int year) {
        java.time.LocalDate first = java.time.LocalDate.of(year, 1, 1);
        java.time.LocalDate last = java.time.LocalDate.of(year, 12, 31);
        return provinces.findAllWithSuccessor().stream()
                .filter(p -> p.getCode().equals(code))
                .filter(p -> !p.getValidFrom().isAfter(last) && (p.getValidTo() == null || !p.getValidTo().isBefore(first)))
                .reduce((older, newer) -> newer);
    }

    private static List<Province> mergedInto(List<Province> all, String code) {
        return all.stream()
                .filter(p -> !p.getCode().equals(code))
                .filter(p -> p.getSuccessor() != null && p.getSuccessor().getCode().equals(code))
                .toList();
    }
}
