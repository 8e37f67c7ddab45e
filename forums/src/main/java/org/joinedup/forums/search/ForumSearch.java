package org.joinedup.forums.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.engine.search.query.SearchQuery;
import org.joinedup.forums.internal.ForumEntity;
import org.joinedup.forums.internal.ForumGate;
import org.joinedup.forums.internal.ForumRepository;
import org.joinedup.forums.internal.PostEntity;
import org.joinedup.forums.internal.PostPlaceBinder;
import org.joinedup.forums.internal.ThreadEntity;
import org.joinedup.forums.internal.ThreadRepository;
import org.joinedup.forums.threads.ForumRoutes;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.identity.people.PeopleLookup;
import org.joinedup.identity.people.PersonCard;
import org.joinedup.pathway.workspace.WorkspaceParticipants;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Finds posts in the forums the signed-in person may read, through the search index. The
 * query itself carries the reader's limits: only posts in the portal-wide forums their roles
 * open and in the forums of the workspaces they take part in (every forum for moderators),
 * only published posts and the reader's own held ones, never a post in a hidden thread (except
 * for moderators). Nothing the reader may not read is ever fetched, counted or excerpted.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Validated
public class ForumSearch {

    /** The search page's route; it takes {@code q}, {@code by} and {@code pathway} parameters. */
    public static final String ROUTE = "forums/search";

    /** At most this many names match "by"; a vaguer name should be typed more fully. */
    static final int MOST_AUTHORS = 50;
    private static final int EXCERPT = 240;
    private static final String FORMER_MEMBER = "Former member";

    private final EntityManager entityManager;
    private final ForumRepository forums;
    private final ThreadRepository threads;
    private final ForumGate gate;
    private final WorkspaceParticipants participants;
    private final PeopleLookup people;

    ForumSearch(EntityManager entityManager, ForumRepository forums, ThreadRepository threads, ForumGate gate,
            WorkspaceParticipants participants, PeopleLookup people) {
        this.entityManager = entityManager;
        this.forums = forums;
        this.threads = threads;
        this.gate = gate;
        this.participants = participants;
        this.people = people;
    }

    /** The search page's route with the words filled in. */
    public static String route(String words) {
        return words == null || words.isBlank() ? ROUTE
                : ROUTE + "?q=" + URLEncoder.encode(words.strip(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A page of posts matching the query, best first (newest first when only an author is given). */
    @Transactional(readOnly = true)
    public List<PostHit> search(@Valid ForumQuery query, int offset, int limit) {
        Optional<Scope> scope = scope(query);
        if (scope.isEmpty()) {
            return List.of();
        }
        List<PostEntity> rows = query(query, scope.get()).fetchHits(Math.max(0, offset), Math.max(1, Math.min(limit, 100)));
        return hits(rows, query.words());
    }

    /** How many posts {@link #search} would page through. */
    @Transactional(readOnly = true)
    public long count(@Valid ForumQuery query) {
        Optional<Scope> scope = scope(query);
        if (scope.isEmpty()) {
            return 0;
        }
        return query(query, scope.get()).fetchTotalHitCount();
    }

    /** Who the reader is and what they may read, or empty when the query can find nothing. */
    private Optional<Scope> scope(ForumQuery query) {
        if (query.empty()) {
            return Optional.empty();
        }
        long me = CurrentPerson.id();
        boolean moderator = ForumGate.moderator();
        List<Long> authors = List.of();
        if (!query.by().isEmpty()) {
            authors = people.activeNamed(query.by(), List.of(), MOST_AUTHORS).stream().map(PersonCard::id).toList();
            if (authors.isEmpty()) {
                return Optional.empty();
            }
        }
        if (moderator) {
            return Optional.of(new Scope(me, true, List.of(), List.of(), List.of(), authors));
        }
        List<Long> portal = entityManager.createQuery("select f from Forum f where f.workspaceId is null",
                        ForumEntity.class).getResultStream().filter(gate::mayRead).map(ForumEntity::id).toList();
        Set<Long> workspaces = participants.workspacesOf(me);
        if (query.workspaceId() != null) {
            if (!workspaces.contains(query.workspaceId())) {
                return Optional.empty();
            }
        }
        if (portal.isEmpty() && workspaces.isEmpty()) {
            return Optional.empty();
        }
        List<Long> hiddenThreads = entityManager.createQuery("select t.id from ForumThread t where t.hidden = true",
                Long.class).getResultList();
        return Optional.of(new Scope(me, false, portal, List.copyOf(workspaces), hiddenThreads, authors));
    }

    private SearchQuery<PostEntity> query(ForumQuery query, Scope scope) {
        var options = Search.session(entityManager).search(PostEntity.class).where(f -> predicate(f, query, scope));
        if (query.words().isEmpty()) {
            return options.sort(f -> f.field("createdAt").desc()).toQuery();
        }
        return options.sort(f -> f.score().then().field("createdAt").desc()).toQuery();
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, ForumQuery query, Scope scope) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        if (query.words().isEmpty()) {
            bool.must(f.matchAll());
        } else {
            bool.must(f.simpleQueryString().field(PostPlaceBinder.THREAD_TITLE).boost(2.0f).field("body")
                    .matching(query.words()).defaultOperator(BooleanOperator.AND));
        }
        bool.filter(f.or(f.match().field("status").matching(PostStatus.PUBLISHED),
                f.and(f.match().field("status").matching(PostStatus.HELD), f.match().field("authorId").matching(scope.me()))));
        if (!scope.moderator()) {
            // Only should clauses: a post must match at least one of them.
            BooleanPredicateClausesStep<?, ?> readable = f.bool();
            if (!scope.portalForums().isEmpty()) {
                readable.should(f.terms().field(PostPlaceBinder.FORUM_ID).matchingAny(scope.portalForums()));
            }
            if (!scope.workspaces().isEmpty()) {
                readable.should(f.terms().field(PostPlaceBinder.WORKSPACE_ID).matchingAny(scope.workspaces()));
            }
            bool.filter(readable);
            if (!scope.hiddenThreads().isEmpty()) {
                bool.mustNot(f.terms().field("threadId").matchingAny(scope.hiddenThreads()));
            }
        }
        if (!scope.authors().isEmpty()) {
            bool.filter(f.terms().field("authorId").matchingAny(scope.authors()));
        }
        if (query.workspaceId() != null) {
            bool.filter(f.match().field(PostPlaceBinder.WORKSPACE_ID).matching(query.workspaceId()));
        }
        return bool;
    }

    private List<PostHit> hits(List<PostEntity> rows, String words) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, ThreadEntity> threadById = threads.findAllById(rows.stream().map(PostEntity::threadId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(ThreadEntity::id, Function.identity()));
        Map<Long, ForumEntity> forumById = forums.findAllById(threadById.values().stream().map(ThreadEntity::forumId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(ForumEntity::id, Function.identity()));
        Map<Long, PersonCard> authors = people.cards(rows.stream().map(PostEntity::authorId).collect(Collectors.toSet()));
        List<String> terms = terms(words);
        return rows.stream().filter(post -> threadById.containsKey(post.threadId())).map(post -> {
            ThreadEntity thread = threadById.get(post.threadId());
            ForumEntity forum = forumById.get(thread.forumId());
            PersonCard author = authors.get(post.authorId());
            return new PostHit(post.id(), thread.id(), thread.title(), thread.forumId(),
                    forum == null ? "" : forum.title(), author == null ? FORMER_MEMBER : author.displayName(),
                    post.createdAt(), excerpt(post.body(), terms), ForumRoutes.post(thread.id(), post.id()));
        }).toList();
    }

    /** The words searched for, without the query syntax, lower case. */
    static List<String> terms(String words) {
        List<String> terms = new ArrayList<>();
        for (String word : words.toLowerCase(Locale.ROOT).split("[\\s\"+|()~]+")) {
            if (word.startsWith("-")) {
                continue;
            }
            String term = word.replace("*", "");
            if (!term.isBlank()) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** The post as plain text, around the first word searched for, cut at word boundaries. */
    static String excerpt(String body, Collection<String> terms) {
        String text = plain(body);
        if (text.length() <= EXCERPT) {
            return text;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int at = terms.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
        int start = Math.max(0, at - EXCERPT / 3);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space < 0 || space > at ? start : space + 1;
        }
        int end = Math.min(text.length(), start + EXCERPT);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start + EXCERPT / 2 ? space : end;
        }
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }

    /** Markdown reduced to its words: link and image text kept, their addresses and the markup dropped. */
    static String plain(String markdown) {
        return markdown
                .replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("(?m)^\\s{0,3}(#{1,6}|>+|[-*+]|\\d+[.)])\\s+", "")
                .replaceAll("```[^\\n]*", "")
                .replaceAll("[*_`~]{1,3}(?=\\S)|(?<=\\S)[*_`~]{1,3}", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private record Scope(long me, boolean moderator, List<Long> portalForums, List<Long> workspaces,
            List<Long> hiddenThreads, List<Long> authors) {
    }
}
