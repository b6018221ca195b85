package ru.portal500.contests.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.contests.application.Contests;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestSettings;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.identity.domain.Role;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.tenancy.domain.Scope;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Page {@code /app/contests.xhtml}: the region's contests for its contest organiser, and the form that creates one. */
@Named
@ViewScoped
public class ContestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Contests contests;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    FacesMessages messages;

    private String region;
    private transient List<Contest> list;
    private String title;
    private int schoolYear = currentSchoolYear();
    private Long created;

    public void load() {
        region = currentCaller.get().scopesOf(List.of(Role.CONTEST_ORGANISER)).stream().map(Scope::region).sorted()
                .findFirst().orElse(null);
        list = contests.contests(region);
    }

    /** The school year under way, named by the year it ends in (from September on, the next year). */
    static int currentSchoolYear() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        return today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear();
    }

    public String create() {
        if (messages.run(() -> created = contests.create(region, schoolYear, ContestSettings.defaults(title)).getId(),
                "contests.created")) {
            return "/app/contest.xhtml?faces-redirect=true&id=" + created;
        }
        return null;
    }

    public List<Contest> getContests() {
        if (list == null) {
            list = contests.contests(region);
        }
        return list;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public int getSchoolYear() {
        return schoolYear;
    }

    public void setSchoolYear(int schoolYear) {
        this.schoolYear = schoolYear;
    }
}
