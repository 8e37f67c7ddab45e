package org.joinedup.portal.journeys;

import java.io.IOException;

import jakarta.servlet.ServletContext;

import org.joinedup.portal.JoinedUpApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The portal as {@link EditorMemoryBenchmark} measures it, in a JVM of its own: the
 * application with the given arguments, plus the benchmark pathway. Started from the test
 * class path, so the component scan is told to leave the tests' own classes out, as
 * {@code @SpringBootTest} does. Prints one line saying where it listens and what to open.
 */
final class EditorMemoryPortal {

    static final String READY = "Benchmark portal ready:";

    private EditorMemoryPortal() {
    }

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(JoinedUpApplication.class);
        application.addInitializers(context -> context.getBeanFactory()
                .registerSingleton("leaveOutTestClasses", new LeaveOutTestClasses()));
        ConfigurableApplicationContext context = application.run(args);
        long workspaceId = BenchmarkPathway.create(context);
        System.out.println(READY + " port=" + context.getEnvironment().getProperty("local.server.port")
                + " workspace=" + workspaceId + " mode="
                + BenchmarkResults.vaadinMode(context.getBean(ServletContext.class)));
    }

    /** Classes compiled from test sources (this module's or another's test jar). */
    private static final class LeaveOutTestClasses extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            String location = reader.getResource().getURL().toString();
            return location.contains("/test-classes/") || location.contains("-tests.jar!");
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
