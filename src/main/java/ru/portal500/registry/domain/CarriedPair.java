package ru.portal500.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Customizer;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.infrastructure.InstantConverter;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.domain.SchoolScoped;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Last year's pair of a school, proposed again in the next campaign with the helpers it had, until the school's
 * coordinator (or the operator) confirms it — the pair is formed again, with the helpers kept — or drops it with a
 * note. Visible within the same scope as its school.
 */
@Entity
@Table(name = "carried_pair")
@Customizer(SchoolScoped.class)
public class CarriedPair {

    /** The longest note kept. */
    public static final int MAX_NOTE = 1000;

    public enum State {
        PROPOSED, CONFIRMED, DROPPED
    }

    /** A helper the pair had last year. */
    public record Helper(HelperFunction function, String username, String name) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    @Column(name = "curator_school_id", nullable = false, updatable = false)
    private Long curatorSchoolId;

    @Column(name = "from_pair_id", nullable = false, updatable = false)
    private Long fromPairId;

    /** One helper per line: function, login, name, separated by tabs. */
    @Column(length = 4000, updatable = false)
    private String helpers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state = State.PROPOSED;

    @Column(name = "decided_by")
    private String decidedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = MAX_NOTE)
    private String note;

    @Version
    private long version;

    protected CarriedPair() {
    }

    /** Last year's {@code pair} proposed in {@code next}, the campaign rolled over from the pair's. */
    public CarriedPair(CuratorPair pair, Campaign next) {
        if (next.getSchoolYear() != pair.getCampaign().getSchoolYear() + 1) {
            throw new RegistryRuleException("campaign.error.invalid");
        }
        this.campaign = next;
        this.school = pair.getSchool();
        this.curatorSchoolId = pair.getCuratorSchoolId();
        this.fromPairId = pair.getId();
        this.helpers = encode(pair.getHelpers().stream()
                .map(h -> new Helper(h.getFunction(), h.getUsername(), h.getDisplayName())).toList());
    }

    /**
     * Confirmed: the pair is formed again and the helpers in {@code kept} named again (each must be one of last
     * year's; a helper who no longer fits is left out by whoever confirms).
     */
    public List<Helper> confirm(Collection<String> kept, ChangeStamp by) {
        requireProposed();
        List<Helper> named = getHelpers().stream().filter(h -> kept.contains(h.username())).toList();
        if (named.size() != kept.stream().distinct().count()) {
            throw new RegistryRuleException("rollover.error.unknownHelper");
        }
        decided(State.CONFIRMED, null, by);
        return named;
    }

    /** Not carried over: the school gets another pair or none; why, in the note. */
    public void drop(String why, ChangeStamp by) {
        requireProposed();
        String text = why == null || why.isBlank() ? null : why.strip();
        if (text == null) {
            throw new RegistryRuleException("rollover.error.dropNote");
        }
        if (text.length() > MAX_NOTE) {
            throw new RegistryRuleException("rollover.error.noteLength", MAX_NOTE);
        }
        decided(State.DROPPED, text, by);
    }

    private void requireProposed() {
        if (state != State.PROPOSED) {
            throw new RegistryRuleException("rollover.error.pairDecided", school.getName());
        }
    }

    private void decided(State to, String why, ChangeStamp by) {
        this.state = to;
        this.note = why;
        this.decidedBy = by.username();
        this.decidedAt = by.at();
    }

    static String encode(List<Helper> list) {
        String text = list.stream()
                .map(h -> h.function() + "\t" + clean(h.username()) + "\t" + clean(h.name()))
                .collect(Collectors.joining("\n"));
        return text.isEmpty() ? null : text.substring(0, Math.min(text.length(), 4000));
    }

    private static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\n\\r]", " ");
    }

    public List<Helper> getHelpers() {
        if (helpers == null || helpers.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(helpers.split("\n")).map(line -> line.split("\t", -1))
                .filter(parts -> parts.length == 3)
                .map(parts -> new Helper(HelperFunction.valueOf(parts[0]), parts[1], parts[2])).toList();
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public School getSchool() {
        return school;
    }

    public Long getCuratorSchoolId() {
        return curatorSchoolId;
    }

    public State getState() {
        return state;
    }

    public String getNote() {
        return note;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public boolean isProposed() {
        return state == State.PROPOSED;
    }

    @Override
    public String toString() {
        return "CarriedPair[" + Objects.toString(id) + " " + state + "]";
    }
}
