package vn.cchc.tracker.reporting.web;

import vn.cchc.tracker.reporting.Narrative;
import vn.cchc.tracker.reporting.NarrativeText;

/** A goal's narrative as typed, checked by {@link NarrativeText}; {@code version} 0 for one not written yet. */
public class NarrativeForm {

    private String assessment;
    private String causes;
    private String nextActions;
    private long version;

    static NarrativeForm of(Narrative n) {
        NarrativeForm f = new NarrativeForm();
        if (n != null) {
            f.assessment = n.assessment();
            f.causes = n.causes();
            f.nextActions = n.nextActions();
            f.version = n.version();
        }
        return f;
    }

    NarrativeText toText() {
        return NarrativeText.checked(assessment, causes, nextActions);
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public String getCauses() {
        return causes;
    }

    public void setCauses(String causes) {
        this.causes = causes;
    }

    public String getNextActions() {
        return nextActions;
    }

    public void setNextActions(String nextActions) {
        this.nextActions = nextActions;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
