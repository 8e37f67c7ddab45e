package org.joinedup.forums.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ThreadReadingRepository extends JpaRepository<ThreadReading, ThreadReading.Key> {
}
