package org.joinedup.portal.restart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.joinedup.identity.people.PeopleDirectory;
import org.joinedup.identity.people.PeopleFilter;
import org.joinedup.portal.JoinedUpApplication;
import org.joinedup.testing.DemoSignIn;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs the portal and, once it is ready, looks for each e-mail address in the file named by
 * {@value #EMAILS} as an administrator does, through the people directory's search, and
 * compares each indexed type's documents with its rows. The findings go to the file named
 * by {@value #REPORT}, one a line: {@code <e-mail> found} (or {@code missing}), then
 * {@code <type> documents <n> rows <m>}. The portal keeps running until it is stopped.
 */
public final class SearchingForVisitors {

    static final String EMAILS = "joinedup.test.emails";
    static final String REPORT = "joinedup.test.report";
    static final String REPORT_WRITTEN = "Search report written";

    private SearchingForVisitors() {
    }

    public static void main(String[] args) throws IOException {
        List<String> emails = Files.readAllLines(Path.of(System.getProperty(EMAILS)));
        ConfigurableApplicationContext portal = SpringApplication.run(JoinedUpApplication.class, args);
        List<String> report = new ArrayList<>();

        DemoSignIn.as(portal.getBean(UserDetailsService.class), "admin");
        PeopleDirectory directory = portal.getBean(PeopleDirectory.class);
        for (String email : emails) {
            boolean found = directory.find(PeopleFilter.byText(email), 0, emails.size() + 1).stream()
                    .anyMatch(person -> person.email().equals(email));
            report.add(email + (found ? " found" : " missing"));
        }
        DemoSignIn.nobody();

        try (EntityManager entityManager = portal.getBean(EntityManagerFactory.class).createEntityManager()) {
            SearchSession search = Search.session(entityManager);
            for (SearchIndexedEntity<?> type : Search.mapping(entityManager.getEntityManagerFactory())
                    .allIndexedEntities()) {
                long rows = entityManager.createQuery("select count(e) from " + type.jpaName() + " e", Long.class)
                        .getSingleResult();
                long documents = search.search(type.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
                report.add(type.jpaName() + " documents " + documents + " rows " + rows);
            }
        }

        Path file = Path.of(System.getProperty(REPORT));
        Path written = Files.write(file.resolveSibling(file.getFileName() + ".part"), report);
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
        System.out.println(REPORT_WRITTEN);
    }
}
