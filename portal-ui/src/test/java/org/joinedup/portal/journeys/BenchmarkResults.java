package org.joinedup.portal.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletContext;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;

/** Percentiles as the other benchmarks take them, and the Markdown file a browser benchmark writes. */
final class BenchmarkResults {

    private final List<String> lines = new ArrayList<>();

    void add(String line) {
        lines.add(line);
        System.out.println(line);
    }

    void writeTo(String fileName) throws IOException {
        Path out = Path.of("target", "benchmarks", fileName);
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", lines) + "\n");
    }

    /** "median | 95th percentile | largest", formatted by the given pattern. */
    static String spread(List<Double> values, String format) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, format + " | " + format + " | " + format, sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.getLast());
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** How Vaadin runs in this portal: a development or a production mode. */
    static String vaadinMode(ServletContext servletContext) {
        return ApplicationConfiguration.get(new VaadinServletContext(servletContext)).getMode().name();
    }
}
