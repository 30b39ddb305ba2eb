package tw.vendorrisk.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contract under src/test/resources/contracts with the clause check result a reviewer expects,
 * from {@code <name>.expected}: its applicability line, then one line per obligation with the status
 * and the articles the evidence must include.
 */
record TestContract(String name, int organizationCategory, boolean cloud, boolean systemDevelopment,
        Map<String, Expected> expected) {

    record Expected(ClauseStatus status, List<String> articles) {
    }

    static final List<String> OWN = List.of("trustee-development", "company-supplier-maintenance", "cloud-service",
            "weak-hardware-purchase", "soc-monitoring", "office-cleaning");
    static final String SAMPLE = "sample-maintenance";

    private static final Pattern APPLICABILITY = Pattern.compile(
            "applicability:\\s*organizationCategory=(\\d)\\s+cloud=(true|false)\\s+systemDevelopment=(true|false)");

    static TestContract load(String name) {
        Map<String, Expected> expected = new LinkedHashMap<>();
        int category = 0;
        boolean cloud = false;
        boolean systemDevelopment = false;
        for (String line : resource(name + ".expected").split("\n")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            Matcher applicability = APPLICABILITY.matcher(text);
            if (applicability.matches()) {
                category = Integer.parseInt(applicability.group(1));
                cloud = Boolean.parseBoolean(applicability.group(2));
                systemDevelopment = Boolean.parseBoolean(applicability.group(3));
                continue;
            }
            String[] columns = text.split("\\s{2,}", 3);
            List<String> articles = columns.length < 3 ? List.of()
                    : List.of(columns[2].split("\\s*\\|\\s*"));
            expected.put(columns[0], new Expected(ClauseStatus.valueOf(columns[1]), articles));
        }
        if (category == 0) {
            throw new IllegalStateException(name + ".expected has no applicability line");
        }
        return new TestContract(name, category, cloud, systemDevelopment, expected);
    }

    String text() {
        return resource(name + ".zh-TW.txt");
    }

    Set<String> applicable() {
        return ApplicabilityTable.obligations(organizationCategory, cloud, systemDevelopment);
    }

    static String resource(String file) {
        try (InputStream in = TestContract.class.getClassLoader().getResourceAsStream("contracts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("No test resource contracts/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
