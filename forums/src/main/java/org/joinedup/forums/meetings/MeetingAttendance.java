package org.joinedup.forums.meetings;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.joinedup.identity.people.CareSetting;

@Entity(name = "ForumMeetingAttendance")
@Table(name = "forum_meeting_attendance")
class MeetingAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "guest_name", length = MeetingLimits.GUEST_NAME_MAX)
    private String guestName;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_setting", length = 30)
    private CareSetting careSetting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RepresentativeBody body;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MeetingAttendance() {
    }

    MeetingAttendance(long meetingId, Long personId, String guestName) {
        this.meetingId = meetingId;
        this.personId = personId;
        this.guestName = guestName;
    }

    void record(CareSetting careSetting, RepresentativeBody body, int minutes, Instant at) {
        this.careSetting = careSetting;
        this.body = body;
        this.minutes = minutes;
        this.recordedAt = at;
    }

    Long id() {
        return id;
    }

    long meetingId() {
        return meetingId;
    }

    Long personId() {
        return personId;
    }

    String guestName() {
        return guestName;
    }

    CareSetting careSetting() {
        return careSetting;
    }

    RepresentativeBody body() {
        return body;
    }

    int minutes() {
        return minutes;
    }
}
