package org.joinedup.forums.threads;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.joinedup.identity.people.SignedInPerson;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.NewWorkspace;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Server time to open a thread of 5,000 posts, and the forum list and a forum's thread list
 * of a portal holding 100,000 posts, through the services as a signed-in clinician. The posts
 * are written straight into the forum tables with batched inserts (they are test data; the
 * services are what is measured). Not part of the test run: start it with
 * {@code ./mvnw -B -o -Pbenchmarks test -pl forums -Dtest=ForumReadingBenchmark} (see
 * docs/benchmarks.md). Figures are written to {@code forums/target/benchmarks/forums.md}.
 */
@Tag("benchmark")
@JoinedUpTest
@DirtiesContext
class ForumReadingBenchmark {

    private static final int WARM_UP = 30;
    private static final int ROUNDS = 200;
    /** The page the thread view asks for. */
    private static final int PAGE = 30;

    private static final int TOTAL_POSTS = 100_000;
    private static final int BIG_THREAD_POSTS = 5_000;
    private static final int PORTAL_THREADS = 5_000;
    private static final int WORKSPACES = 300;
    private static final int THREADS_PER_WORKSPACE = 10;
    private static final int WORKSPACE_POSTS = 21_000;

    private static final String READER = "consultant";
    private static final String[] AUTHORS = {"gp", "locum", "pharmacist", "lmc", "consultant", "lnc", "nurse",
            "mentalhealth", "socialcare", "publichealth", "qilead", "facilitator", "patient"};

    @Autowired
    ForumService forums;
    @Autowired
    WorkspaceService workspaces;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> report = new ArrayList<>();

    @AfterEach
    void signOut() {
        DemoSignIn.nobody();
    }

    @Test
    void benchmark() throws Exception {
        long started = System.nanoTime();
        Portal portal = load();
        long loadedIn = System.nanoTime() - started;

        DemoSignIn.as(users, READER);
        long bigThread = portal.bigThread;
        long posts = forums.countPosts(bigThread);
        long lastPage = (posts - 1) / PAGE * PAGE;
        report.add("Forums: " + count("select count(*) from forum") + " forums, " + count("select count(*) from forum_thread")
                + " threads, " + count("select count(*) from forum_post") + " posts, loaded in "
                + String.format(Locale.ROOT, "%.1f s", loadedIn / 1e9) + "; the long thread shows " + posts
                + " posts to a clinician; " + WARM_UP + " warm-up runs, then " + ROUNDS + " measured; "
                + Runtime.getRuntime().availableProcessors() + " processors; load average "
                + String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + " at the start.");
        report.add("");
        report.add("| measurement | runs | median | 95th percentile | 99th percentile | slowest |");
        report.add("|---|---|---|---|---|---|");

        // Every call once through the whole warm-up first, so the first row measured does not carry the compiler's work.
        for (int i = 0; i < WARM_UP; i++) {
            forums.thread(bigThread);
            forums.countPosts(bigThread);
            forums.posts(bigThread, 0, PAGE);
            forums.posts(bigThread, (int) lastPage, PAGE);
            forums.portalForums();
            forums.workspaceForums(0, 20);
            forums.countWorkspaceForums();
            forums.threads(portal.patientVoice, 0, PAGE);
            forums.countThreads(portal.patientVoice);
        }
        measure("Open a thread of 5,000 posts: thread, count and first page of " + PAGE, () -> {
            forums.thread(bigThread);
            forums.countPosts(bigThread);
            require(forums.posts(bigThread, 0, PAGE).size() == PAGE);
        });
        measure("Open a thread of 5,000 posts at its newest posts: thread, count and last page", () -> {
            forums.thread(bigThread);
            forums.countPosts(bigThread);
            require(!forums.posts(bigThread, (int) lastPage, PAGE).isEmpty());
        });
        measure("  of which the last page of posts alone", () -> forums.posts(bigThread, (int) lastPage, PAGE));
        measure("Forum list: portal-wide forums, first 20 workspace forums and their count", () -> {
            require(forums.portalForums().size() == 2);
            require(forums.workspaceForums(0, 20).size() == 20);
            forums.countWorkspaceForums();
        });
        measure("  of which the portal-wide forums alone", forums::portalForums);
        measure("A portal-wide forum's thread list: first " + PAGE + " threads and the count", () -> {
            require(forums.threads(portal.patientVoice, 0, PAGE).size() == PAGE);
            forums.countThreads(portal.patientVoice);
        });
        measure("A workspace forum's thread list: first " + PAGE + " threads and the count", () -> {
            forums.threads(portal.workspaceForum, 0, PAGE);
            forums.countThreads(portal.workspaceForum);
        });

        DemoSignIn.as(users, "moderator");
        measure("A moderator opens the thread of 5,000 posts at its newest posts", () -> {
            forums.thread(bigThread);
            long all = forums.countPosts(bigThread);
            require(!forums.posts(bigThread, (int) ((all - 1) / PAGE * PAGE), PAGE).isEmpty());
        });

        report.add("");
        report.add("Wall time of the calls in a row through Spring's proxies (each call its own read-only transaction); "
                + "\"processor\" rows are the calling thread's processor time, which leaves out waiting for the "
                + "database and for a core.");
        Path out = Path.of("target", "benchmarks", "forums.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", report) + "\n");
        System.out.println(String.join("\n", report));
        explain(bigThread, lastPage, portal);
    }

    /** The plans of the heaviest queries, as MariaDB chooses them for this data; printed, not kept. */
    private void explain(long bigThread, long lastPage, Portal portal) {
        long reader = personId(READER);
        print("posts, last page", jdbc.queryForList("explain select p.id from forum_post p where p.thread_id = ? "
                + "and (false or p.status = 'PUBLISHED' or p.author_id = ?) order by p.id limit ?, ?",
                bigThread, reader, lastPage, PAGE));
        print("posts, first page", jdbc.queryForList("explain select p.id from forum_post p where p.thread_id = ? "
                + "and (false or p.status = 'PUBLISHED' or p.author_id = ?) order by p.id limit 0, ?",
                bigThread, reader, PAGE));
        print("count posts", jdbc.queryForList("explain select count(*) from forum_post p where p.thread_id = ? "
                + "and p.id < 9223372036854775807 and (false or p.status = 'PUBLISHED' or p.author_id = ?)",
                bigThread, reader));
        print("threads", jdbc.queryForList("explain select t.* from forum_thread t left join forum_thread_reading r "
                + "on r.thread_id = t.id and r.person_id = ? where t.forum_id = ? and (false or (t.hidden = false "
                + "and (t.post_count > 0 or t.author_id = ?))) order by t.pinned desc, t.last_activity_at desc, "
                + "t.id desc limit 30", reader, portal.patientVoice, reader));
        print("forum stats", jdbc.queryForList("explain select t.forum_id, count(t.id), max(t.last_activity_at) "
                + "from forum_thread t where t.forum_id in (?, ?) and t.hidden = false and t.post_count > 0 "
                + "group by t.forum_id", portal.patientVoice, portal.patientVoice + 1));
    }

    private static void print(String what, List<?> plan) {
        System.out.println("EXPLAIN " + what + ":");
        plan.forEach(row -> System.out.println("  " + row));
    }

    private void measure(String what, Runnable call) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> wall = new ArrayList<>();
        List<Long> processor = new ArrayList<>();
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            call.run();
            long took = System.nanoTime() - start;
            long cpuTook = threads.getCurrentThreadCpuTime() - cpu;
            if (i >= WARM_UP) {
                wall.add(took);
                processor.add(cpuTook);
            }
        }
        report.add(row(what + ", wall time", wall));
        report.add(row(what + ", processor", processor));
        System.out.println(report.get(report.size() - 2));
    }

    private static String row(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return "| " + what + " | " + sorted.size() + " | " + ms(percentile(sorted, 0.5)) + " | "
                + ms(percentile(sorted, 0.95)) + " | " + ms(percentile(sorted, 0.99)) + " | " + ms(sorted.getLast()) + " |";
    }

    private static long percentile(List<Long> sorted, double fraction) {
        return sorted.get((int) Math.ceil(sorted.size() * fraction) - 1);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static void require(boolean condition) {
        if (!condition) {
            throw new IllegalStateException("The benchmark's data is not what it expects");
        }
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private long personId(String demo) {
        return ((SignedInPerson) users.loadUserByUsername(demo + DemoSignIn.DOMAIN)).personId();
    }

    // The data

    private record Portal(long patientVoice, long bigThread, long workspaceForum) {
    }

    /**
     * 300 workspaces, half open to every clinician, the reader a member of 30; a forum for each;
     * 5,000 threads in the two portal-wide forums (one of them 5,000 posts long) and 10 in each
     * workspace forum; 100,000 posts in all, written in one time order across the threads, as
     * people would write them, so a thread's posts are spread through the table. About one post
     * in a hundred waits for a moderator.
     */
    private Portal load() {
        DemoSignIn.as(users, "gp");
        long reader = personId(READER);
        List<Long> workspaceIds = new ArrayList<>();
        for (int i = 0; i < WORKSPACES; i++) {
            WorkspaceVisibility visibility = i % 2 == 0 ? WorkspaceVisibility.ALL_CLINICIANS : WorkspaceVisibility.MEMBERS_ONLY;
            long id = workspaces.create(new NewWorkspace("Condition " + i, "Locality " + (i % 25), visibility,
                    WorkspaceLimits.DEFAULT_REVIEW_MONTHS)).id();
            if (i % 10 == 0) {
                workspaces.addMember(id, reader, Membership.of(WorkspaceRole.EDITOR));
            }
            workspaceIds.add(id);
        }
        DemoSignIn.nobody();

        Instant start = Instant.now().minus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Timestamp created = Timestamp.from(start);
        List<Object[]> forumRows = new ArrayList<>();
        for (long workspace : workspaceIds) {
            forumRows.add(new Object[] {"WORKSPACE", workspace, "Forum " + workspace, "A workspace's forum.", created});
        }
        jdbc.batchUpdate("insert into forum (kind, workspace_id, title, description, created_at) values (?, ?, ?, ?, ?)",
                forumRows);
        long patientVoice = count("select id from forum where kind = 'PATIENT_VOICE'");
        long interfaceIssues = count("select id from forum where kind = 'INTERFACE_ISSUES'");
        List<Long> workspaceForums = jdbc.queryForList("select id from forum where kind = 'WORKSPACE' order by id",
                Long.class);

        long[] authors = new long[AUTHORS.length];
        for (int i = 0; i < AUTHORS.length; i++) {
            authors[i] = personId(AUTHORS[i]);
        }
        Random random = new Random(11);

        // Threads: the long one first, then the portal-wide ones, then the workspaces'.
        long firstThread = count("select coalesce(max(id), 0) + 1 from forum_thread");
        List<long[]> threads = new ArrayList<>(); // id, forum, author
        for (int i = 0; i < PORTAL_THREADS; i++) {
            long forum = i % 2 == 0 ? patientVoice : interfaceIssues;
            long author = forum == interfaceIssues && authors[i % authors.length] == authors[authors.length - 1]
                    ? authors[0] : authors[i % authors.length];
            threads.add(new long[] {firstThread + threads.size(), forum, author});
        }
        for (long forum : workspaceForums) {
            for (int i = 0; i < THREADS_PER_WORKSPACE; i++) {
                threads.add(new long[] {firstThread + threads.size(), forum, authors[random.nextInt(authors.length - 1)]});
            }
        }
        long bigThread = firstThread;

        // Which thread each post is in, in the order they were written.
        List<Integer> order = new ArrayList<>(TOTAL_POSTS);
        for (int i = 0; i < threads.size(); i++) {
            order.add(i); // every thread's opening post
        }
        for (int i = 1; i < BIG_THREAD_POSTS; i++) {
            order.add(0);
        }
        int portalRest = TOTAL_POSTS - WORKSPACE_POSTS - BIG_THREAD_POSTS - (PORTAL_THREADS - 1);
        for (int i = 0; i < portalRest; i++) {
            order.add(1 + random.nextInt(PORTAL_THREADS - 1));
        }
        int workspaceRest = WORKSPACE_POSTS - WORKSPACES * THREADS_PER_WORKSPACE;
        for (int i = 0; i < workspaceRest; i++) {
            order.add(PORTAL_THREADS + random.nextInt(WORKSPACES * THREADS_PER_WORKSPACE));
        }
        // The first post written in a thread opens it.
        Collections.shuffle(order, random);

        long firstPost = count("select coalesce(max(id), 0) + 1 from forum_post");
        long seconds = ChronoUnit.SECONDS.between(start, Instant.now().minus(1, ChronoUnit.HOURS));
        int[] published = new int[threads.size()];
        long[] lastPost = new long[threads.size()];
        Timestamp[] lastAt = new Timestamp[threads.size()];
        Timestamp[] openedAt = new Timestamp[threads.size()];
        boolean[] opened = new boolean[threads.size()];
        List<Object[]> postRows = new ArrayList<>(TOTAL_POSTS);
        long nextId = firstPost;
        for (int thread : order) {
            long id = nextId++;
            Timestamp at = Timestamp.from(start.plusSeconds(seconds * (id - firstPost) / TOTAL_POSTS));
            long author = opened[thread] ? authors[random.nextInt(authors.length)] : threads.get(thread)[2];
            if (threads.get(thread)[1] == interfaceIssues && author == authors[authors.length - 1]) {
                author = authors[1];
            }
            boolean first = !opened[thread];
            String status = !first && random.nextInt(100) == 0 ? "HELD" : "PUBLISHED";
            if (first) {
                opened[thread] = true;
                openedAt[thread] = at;
            }
            if (status.equals("PUBLISHED")) {
                published[thread]++;
                lastPost[thread] = id;
                lastAt[thread] = at;
            }
            postRows.add(new Object[] {id, threads.get(thread)[0], author, body(random, id), status,
                    status.equals("HELD") ? "FIRST_POSTS" : null, at, status.equals("PUBLISHED") ? at : null});
        }

        List<Object[]> threadRows = new ArrayList<>();
        for (int i = 0; i < threads.size(); i++) {
            long[] thread = threads.get(i);
            threadRows.add(new Object[] {thread[0], thread[1], "Thread " + thread[0] + ": what happens after discharge",
                    thread[2], published[i], lastPost[i] == 0 ? null : lastPost[i], openedAt[i],
                    lastAt[i] == null ? openedAt[i] : lastAt[i]});
        }
        jdbc.batchUpdate("insert into forum_thread (id, forum_id, title, author_id, post_count, last_post_id, created_at, "
                + "last_activity_at) values (?, ?, ?, ?, ?, ?, ?, ?)", threadRows);
        for (int from = 0; from < postRows.size(); from += 2_000) {
            jdbc.batchUpdate("insert into forum_post (id, thread_id, author_id, body, status, hold_reason, created_at, "
                    + "published_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    postRows.subList(from, Math.min(postRows.size(), from + 2_000)));
        }
        jdbc.execute("analyze table forum, forum_thread, forum_post");
        return new Portal(patientVoice, bigThread, workspaceForums.get(0));
    }

    private static final String[] SENTENCES = {
        "The discharge letter reached the practice four days after I was home.",
        "Nobody told me who would ring with the blood results, so I rang the ward.",
        "**What matters to me** is knowing which team to call when something changes.",
        "The community nurse visited the day after discharge, which made a real difference.",
        "We could add a line to the letter naming the person responsible for follow-up.",
        "See the [renal guidance](https://www.example.org/renal) for the thresholds we agreed.",
        "- bloods at two weeks\n- clinic at six weeks\n- medicines reviewed by the practice pharmacist",
        "I would like the leaflet in Welsh as well: *Diolch yn fawr* to whoever can arrange it.",
    };

    private static String body(Random random, long id) {
        StringBuilder body = new StringBuilder("Post " + id + ". ");
        int sentences = 2 + random.nextInt(5);
        for (int i = 0; i < sentences; i++) {
            body.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(i % 2 == 1 ? "\n\n" : " ");
        }
        return body.toString().strip();
    }
}
