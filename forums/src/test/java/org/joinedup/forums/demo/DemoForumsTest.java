package org.joinedup.forums.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.ThreadSummary;
import org.joinedup.pathway.workspace.WorkspaceSummary;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

@JoinedUpTest
@TestPropertySource(properties = "joinedup.demo.pathways=true")
class DemoForumsTest {

    @Autowired
    DemoForums demo;
    @Autowired
    ForumService forums;
    @Autowired
    WorkspaceService workspaces;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        DemoSignIn.nobody();
    }

    @Test
    void the_demo_has_threads_in_each_kind_of_forum_and_one_about_a_kidney_step() {
        DemoSignIn.as(users, "gp");
        assertThat(forums.portalForums()).allSatisfy(forum -> assertThat(forum.threadCount()).isPositive());
        long kidney = workspaces.myWorkspaces(0, 50).stream()
                .filter(workspace -> workspace.title().startsWith("Chronic kidney disease"))
                .map(WorkspaceSummary::id).findFirst().orElseThrow();
        long forumId = forums.workspaceForum(kidney).id();
        assertThat(forums.threads(forumId, 0, 10)).extracting(ThreadSummary::stepKey).doesNotContainNull();
        assertThat(forums.portalForums()).extracting(forum -> forum.kind()).contains(ForumKind.INTERFACE_ISSUES);
    }

    @Test
    void starting_again_writes_nothing_twice() throws Exception {
        Long before = jdbc.queryForObject("select count(*) from forum_post", Long.class);
        demo.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from forum_post", Long.class)).isEqualTo(before);
    }
}
