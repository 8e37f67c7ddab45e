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
import jakarta.persistence.Version;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.workspace.WorkspaceLimits;

@Entity
@Table(name = "pathway_step")
public class StepEntity {

    private static final String TEXT = "text";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(name = "stage_id", nullable = false)
    private long stageId;

    @Column(name = "step_key", nullable = false, length = 36)
    private String key;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = WorkspaceLimits.TITLE_MAX)
    private String title;

    @Column(nullable = false, columnDefinition = TEXT)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_setting", nullable = false, length = 20)
    private CareSetting careSetting;

    @Column(nullable = false, length = WorkspaceLimits.SHORT_TEXT_MAX)
    private String responsible;

    @Column(name = "entry_criteria", nullable = false, columnDefinition = TEXT)
    private String entryCriteria;

    @Column(name = "exit_criteria", nullable = false, columnDefinition = TEXT)
    private String exitCriteria;

    @Column(nullable = false, columnDefinition = TEXT)
    private String diagnostics;

    @Column(name = "diagnostics_in_community", nullable = false)
    private boolean diagnosticsInCommunity;

    @Column(nullable = false, columnDefinition = TEXT)
    private String prescribing;

    @Column(name = "shared_care_protocol", nullable = false, length = WorkspaceLimits.SHORT_TEXT_MAX)
    private String sharedCareProtocol;

    @Column(nullable = false, length = WorkspaceLimits.SHORT_TEXT_MAX)
    private String timescale;

    @Column(name = "patient_expectations", nullable = false, columnDefinition = TEXT)
    private String patientExpectations;

    @Column(nullable = false, columnDefinition = TEXT)
    private String evidence;

    @Column(name = "interim_note", nullable = false, columnDefinition = TEXT)
    private String interimNote;

    @Column(nullable = false, columnDefinition = TEXT)
    private String links;

    @Column(name = "last_edited_by", nullable = false)
    private long lastEditedBy;

    @Column(name = "last_edited_at", nullable = false)
    private Instant lastEditedAt;

    @Version
    private long version;

    protected StepEntity() {
    }

    public StepEntity(long workspaceId, long stageId, String key, int position, StepFields fields, long editor, Instant at) {
        this.workspaceId = workspaceId;
        this.stageId = stageId;
        this.key = key;
        this.position = position;
        edit(fields, editor, at);
    }

    public void edit(StepFields fields, long editor, Instant at) {
        this.title = fields.title();
        this.description = fields.description();
        this.careSetting = fields.careSetting();
        this.responsible = fields.responsible();
        this.entryCriteria = fields.entryCriteria();
        this.exitCriteria = fields.exitCriteria();
        this.diagnostics = fields.diagnostics();
        this.diagnosticsInCommunity = fields.diagnosticsInCommunity();
        this.prescribing = fields.prescribing();
        this.sharedCareProtocol = fields.sharedCareProtocol();
        this.timescale = fields.timescale();
        this.patientExpectations = fields.patientExpectations();
        this.evidence = fields.evidence();
        this.interimNote = fields.interimNote();
        this.links = fields.links();
        this.lastEditedBy = editor;
        this.lastEditedAt = at;
    }

    public StepFields fields() {
        return new StepFields(title, description, careSetting, responsible, entryCriteria, exitCriteria, diagnostics,
                diagnosticsInCommunity, prescribing, sharedCareProtocol, timescale, patientExpectations, evidence,
                interimNote, links);
    }

    public void place(long newStageId, int newPosition) {
        this.stageId = newStageId;
        this.position = newPosition;
    }

    public Long id() {
        return id;
    }

    public long workspaceId() {
        return workspaceId;
    }

    public long stageId() {
        return stageId;
    }

    public String key() {
        return key;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public CareSetting careSetting() {
        return careSetting;
    }

    public long lastEditedBy() {
        return lastEditedBy;
    }

    public Instant lastEditedAt() {
        return lastEditedAt;
    }

    public long version() {
        return version;
    }
}
