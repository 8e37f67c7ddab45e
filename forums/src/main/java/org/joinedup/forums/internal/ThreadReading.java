package org.joinedup.forums.internal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** How far one person has read one thread: the newest published post they have seen. */
@Entity(name = "ForumThreadReading")
@Table(name = "forum_thread_reading")
@IdClass(ThreadReading.Key.class)
public class ThreadReading {

    @Id
    @Column(name = "thread_id")
    private long threadId;

    @Id
    @Column(name = "person_id")
    private long personId;

    @Column(name = "last_read_post_id", nullable = false)
    private long lastReadPostId;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected ThreadReading() {
    }

    public ThreadReading(long threadId, long personId, long lastReadPostId, Instant readAt) {
        this.threadId = threadId;
        this.personId = personId;
        this.lastReadPostId = lastReadPostId;
        this.readAt = readAt;
    }

    /** Moves the marker forward only: reading an older page does not make newer posts unread again. */
    public void readUpTo(long postId, Instant at) {
        if (postId > lastReadPostId) {
            lastReadPostId = postId;
        }
        readAt = at;
    }

    public long threadId() {
        return threadId;
    }

    public long personId() {
        return personId;
    }

    public long lastReadPostId() {
        return lastReadPostId;
    }

    public record Key(long threadId, long personId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }
}
