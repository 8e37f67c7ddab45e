package org.joinedup.forums.internal;

import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.joinedup.platform.search.SearchAnalyzers;

/**
 * Puts where a post sits into its search document: its thread's title, its forum and the
 * forum's workspace, read from the thread and forum rows. These never change once the thread
 * exists, so only a change to the post itself re-indexes it.
 */
public class PostPlaceBinder implements TypeBinder {

    /** Field names, for queries. */
    public static final String THREAD_TITLE = "threadTitle";
    public static final String FORUM_ID = "forumId";
    public static final String WORKSPACE_ID = "workspaceId";

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("threadId");
        IndexFieldReference<String> title = context.indexSchemaElement().field(THREAD_TITLE,
                f -> f.asString().analyzer(SearchAnalyzers.TEXT)).toReference();
        IndexFieldReference<Long> forum = context.indexSchemaElement().field(FORUM_ID,
                f -> f.asLong().searchable(Searchable.YES)).toReference();
        IndexFieldReference<Long> workspace = context.indexSchemaElement().field(WORKSPACE_ID,
                f -> f.asLong().searchable(Searchable.YES)).toReference();
        context.bridge(PostEntity.class, new Bridge(title, forum, workspace));
    }

    private record Bridge(IndexFieldReference<String> title, IndexFieldReference<Long> forum,
            IndexFieldReference<Long> workspace) implements TypeBridge<PostEntity> {

        @Override
        public void write(DocumentElement target, PostEntity post, TypeBridgeWriteContext context) {
            Session session = context.extension(HibernateOrmExtension.get()).session();
            ThreadEntity thread = session.find(ThreadEntity.class, post.threadId());
            if (thread == null) {
                return;
            }
            target.addValue(title, thread.title());
            target.addValue(forum, thread.forumId());
            ForumEntity place = session.find(ForumEntity.class, thread.forumId());
            if (place != null && place.workspaceId() != null) {
                target.addValue(workspace, place.workspaceId());
            }
        }
    }
}
