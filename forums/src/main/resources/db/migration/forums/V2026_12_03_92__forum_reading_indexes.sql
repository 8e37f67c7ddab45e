-- A thread's posts in the order they were written, with what decides who sees them, so a page of
-- posts (the newest included) is read along the index instead of along the whole table, and the
-- count of a thread's visible posts is read from the index alone.
CREATE INDEX ix_forum_post_thread_order ON forum_post (thread_id, id, status, author_id);

-- A forum's visible thread count and last activity, read from the index alone for the forum lists.
CREATE INDEX ix_forum_thread_stats ON forum_thread (forum_id, hidden, post_count, last_activity_at);
