package org.joinedup.pathway.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.joinedup.identity.people.DemoPeople;
import org.joinedup.identity.people.PortalUser;
import org.joinedup.pathway.comments.CommentService;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.proposal.ProposalService;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.platform.time.PortalTime;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * What the demo pathways are written with: the public workspace services, called by demo
 * people signed in one action at a time, so every change passes the same access checks
 * and leaves the same audit entries, sign-offs and history as a person's would.
 */
final class DemoAuthoring {

    /** A demo person who can act; {@link #does} runs one service call signed in as them. */
    static final class Author {

        private final PortalUser user;

        private Author(PortalUser user) {
            this.user = user;
        }

        long id() {
            return user.personId();
        }

        <T> T does(Supplier<T> action) {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            SecurityContextHolder.setContext(context);
            try {
                return action.get();
            } finally {
                if (previous.getAuthentication() == null) {
                    SecurityContextHolder.clearContext();
                } else {
                    SecurityContextHolder.setContext(previous);
                }
            }
        }
    }

    final WorkspaceService workspaces;
    final DraftService drafts;
    final CommentService comments;
    final ProposalService proposals;
    private final Map<String, Author> authors;
    private final Clock clock;

    private DemoAuthoring(WorkspaceService workspaces, DraftService drafts, CommentService comments,
            ProposalService proposals, Map<String, Author> authors, Clock clock) {
        this.workspaces = workspaces;
        this.drafts = drafts;
        this.comments = comments;
        this.proposals = proposals;
        this.authors = authors;
        this.clock = clock;
    }

    /**
     * Loads the named demo people (by the part of their e-mail before the @) as the sign-in
     * form would; empty when any of them has no account, as in a database that already held
     * other people when the demo profile first started.
     */
    static Optional<DemoAuthoring> of(List<String> localParts, DemoPeople people, UserDetailsService users,
            WorkspaceService workspaces, DraftService drafts, CommentService comments, ProposalService proposals,
            Clock clock) {
        Map<String, Author> authors = new HashMap<>();
        for (String localPart : localParts) {
            Optional<String> email = people.accounts().stream().map(DemoPeople.DemoAccount::email)
                    .filter(address -> address.startsWith(localPart + "@")).findFirst();
            if (email.isEmpty()) {
                return Optional.empty();
            }
            try {
                UserDetails user = users.loadUserByUsername(email.get());
                if (!(user instanceof PortalUser portalUser)) {
                    return Optional.empty();
                }
                authors.put(localPart, new Author(portalUser));
            } catch (UsernameNotFoundException missing) {
                return Optional.empty();
            }
        }
        return Optional.of(new DemoAuthoring(workspaces, drafts, comments, proposals, Map.copyOf(authors), clock));
    }

    Author author(String localPart) {
        Author author = authors.get(localPart);
        if (author == null) {
            throw new IllegalArgumentException("No demo person " + localPart + " was loaded");
        }
        return author;
    }

    /** A date {@code days} from today in London, for proposal deadlines. */
    LocalDate inDays(int days) {
        return PortalTime.today(clock).plusDays(days);
    }
}
