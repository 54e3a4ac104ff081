package vn.cchc.tracker.province;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The 87 administrative-unit rows of the shipped migration V45, as plain data for unit tests. */
public final class ShippedUnits {

    private static final Pattern ROW = Pattern.compile(
            "\\((\\d+), '(\\d{2,3})', '([^']+)', '(PROVINCE|CITY)', (null|date '[\\d-]+'), (null|date '[\\d-]+'),");

    private ShippedUnits() {}

    public static ProvinceUnits all() {
        String sql;
        try (InputStream in = ShippedUnits.class.getResourceAsStream("/db/migration/V45__administrative_units.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ProvinceUnit> units = new ArrayList<>();
        Matcher m = ROW.matcher(sql);
        while (m.find()) {
            units.add(new ProvinceUnit(
                    Long.parseLong(m.group(1)),
                    m.group(2),
                    m.group(3),
                    ProvinceKind.valueOf(m.group(4)),
                    date(m.group(5)),
                    date(m.group(6))));
        }
        if (units.size() != 87) {
            throw new IllegalStateException("expected the 87 unit rows of V45, read " + units.size());
        }
        return new ProvinceUnits(units);
    }

    private static LocalDate date(String sql) {
        return sql.equals("null") ? null : LocalDate.parse(sql.substring(6, 16));
    }
}
