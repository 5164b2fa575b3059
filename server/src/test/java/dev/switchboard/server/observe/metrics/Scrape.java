package dev.switchboard.server.observe.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Prometheus text scrape, parsed into samples, for tests to read values by name and labels. */
record Scrape(List<Sample> samples) {
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One line: a series' name, labels and value. */
    record Sample(String name, Map<String, String> labels, double value) {}

    static Scrape parse(String text) {
        final List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            final int brace = line.indexOf('{');
            final int space = brace < 0 ? line.indexOf(' ') : line.indexOf(' ', line.lastIndexOf('}'));
            final String name = line.substring(0, brace < 0 ? space : brace);
            final Map<String, String> labels = new LinkedHashMap<>();
            if (brace >= 0) {
                final Matcher m = LABEL.matcher(line.substring(brace, line.lastIndexOf('}')));
                while (m.find()) {
                    labels.put(m.group(1), m.group(2));
                }
            }
            final String[] rest = line.substring(space + 1).trim().split(" ");
            samples.add(new Sample(name, labels, Double.parseDouble(rest[0])));
        }
        return new Scrape(samples);
    }

    /** The sum of the samples named {@code name} whose labels include {@code labels} (pairs); 0 when none. */
    double sum(String name, String... labels) {
        return matching(name, labels).stream().mapToDouble(Sample::value).sum();
    }

    List<Sample> matching(String name, String... labels) {
        final List<Sample> out = new ArrayList<>();
        outer:
        for (Sample s : samples) {
            if (!s.name.equals(name)) {
                continue;
            }
            for (int i = 0; i < labels.length; i += 2) {
                if (!labels[i + 1].equals(s.labels.get(labels[i]))) {
                    continue outer;
                }
            }
            out.add(s);
        }
        return out;
    }

    boolean has(String name, String... labels) {
        return !matching(name, labels).isEmpty();
    }

    /** The values one label takes among the samples named {@code name} matching {@code labels}. */
    Set<String> values(String label, String name, String... labels) {
        final Set<String> out = new TreeSet<>();
        for (Sample s : matching(name, labels)) {
            out.add(s.labels.get(label));
        }
        return out;
    }

    Set<String> names() {
        final Set<String> out = new TreeSet<>();
        samples.forEach(s -> out.add(s.name));
        return out;
    }
}
