package vn.cchc.tracker.attainment;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.cchc.tracker.attainment.rules.AttainmentSettings;

/**
 * The settings of the attainment rules ({@code cchc.attainment.*}), read once at start; README, "Attainment: where
 * each target stands".
 *
 * @param atRiskProgress projected progress from which a target short of its goal is at risk rather than off track
 * @param points         the number of latest points the trend line is drawn through
 * @param resultLagYears how many years after year D its results may still be published
 */
@ConfigurationProperties("cchc.attainment")
public record AttainmentProperties(
        @DefaultValue("0.75") BigDecimal atRiskProgress,
        @DefaultValue("5") int points,
        @DefaultValue("1") int resultLagYears) {

    /** The rules' settings; throws on a value out of range, so a wrong setting stops the start. */
    public AttainmentSettings settings() {
        return new AttainmentSettings(atRiskProgress, points, resultLagYears);
    }
}
