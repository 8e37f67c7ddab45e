package org.joinedup.pathway.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.joinedup.pathway.draft.PathwayChange;
import org.joinedup.pathway.history.RevisionAction;

/**
 * A stage, step or hand-over of the draft as it stood after one change, with who made it
 * and when; {@code previousId} is the revision of the same item before it. Never changed
 * once written.
 */
@Entity
@Immutable
@Table(name = "draft_revision")
public class DraftRevision {

    /** A hand-over's title names its two steps. */
    public static final int TITLE_MAX = 500;
    public static final int PLACE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", nullable = false, length = 10)
    private PathwayChange.Subject kind;

    @Column(name = "item_key", nullable = false, length = 36)
    private String itemKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RevisionAction action;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = PLACE_MAX)
    private String place;

    @Column(columnDefinition = "longtext")
    private String fields;

    @Column(name = "moved_what", length = 40)
    private String movedWhat;

    @Column(name = "moved_from", length = PLACE_MAX)
    private String movedFrom;

    @Column(name = "moved_to", length = PLACE_MAX)
    private String movedTo;

    @Column(name = "previous_id")
    private Long previousId;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected DraftRevision() {
    }

    DraftRevision(long workspaceId, PathwayChange.Subject kind, String itemKey, RevisionAction action, String title,
            String place, String fields, Long previousId, Long changedBy, Instant changedAt) {
        this.workspaceId = workspaceId;
        this.kind = kind;
        this.itemKey = itemKey;
        this.action = action;
        this.title = cut(title, TITLE_MAX);
        this.place = place == null ? null : cut(place, PLACE_MAX);
        this.fields = fields;
        this.previousId = previousId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    DraftRevision moved(String what, String from, String to) {
        this.movedWhat = what;
        this.movedFrom = cut(from, PLACE_MAX);
        this.movedTo = cut(to, PLACE_MAX);
        return this;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    public Long id() {
        return id;
    }

    public long workspaceId() {
        return workspaceId;
    }

    public PathwayChange.Subject kind() {
        return kind;
    }

    public String itemKey() {
        return itemKey;
    }

    public RevisionAction action() {
        return action;
    }

    public String title() {
        return title;
    }

    /** The stage a step was in; none for stages and hand-overs. */
    public String place() {
        return place;
    }

    /** The fields as JSON; none for a stage, whose only field is its title. */
    public String fields() {
        return fields;
    }

    /** For a move, what moved: "Stage", "Position in stage" or "Position". */
    public String movedWhat() {
        return movedWhat;
    }

    public String movedFrom() {
        return movedFrom;
    }

    public String movedTo() {
        return movedTo;
    }

    public Long previousId() {
        return previousId;
    }

    /** Who made the change; unknown only for a stage's or hand-over's {@link RevisionAction#RECORDED} row. */
    public Long changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
