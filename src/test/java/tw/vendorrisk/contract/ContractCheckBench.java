package tw.vendorrisk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tw.vendorrisk.support.BenchResults;
import tw.vendorrisk.support.BenchTimer;
import tw.vendorrisk.support.BenchTimer.Measure;

/**
 * How long the clause check takes on a contract of about 20 pages, some 27 000 Chinese characters
 * (issue 8, part of the {@code bench} profile: {@code ./mvnw -B -Pbench verify}): the sample contract
 * and two test contracts, renumbered into one long contract, checked against every Art. 7.1
 * obligation ({@link ClauseChecker#check}: segmenting into articles and evaluating each clause). 20
 * checks to warm up, 50 measured, in the test JVM. Writes {@code contractCheckMs} (the median) and
 * {@code contractCheckP95Ms} to {@code target/bench/results.json}.
 */
class ContractCheckBench {

    static final int TARGET_CHINESE_CHARACTERS = 27_000;
    /** A printed page of a Chinese contract holds about 1 350 characters. */
    static final int CHARACTERS_PER_PAGE = 1_350;
    static final int WARM_UP = 20;
    static final int MEASURED = 50;
    private static final Pattern HEADING = Pattern.compile("(?m)^第\\s*[0-9一二三四五六七八九十百]+\\s*條(之\\s*[0-9一二三四五六七八九十]+)?");

    @Test
    void clauseCheckOfA20PageContract() throws Exception {
        String contract = longContract();
        long chinese = chinese(contract);
        long articles = HEADING.matcher(contract).results().count();
        assertThat(chinese).isGreaterThanOrEqualTo(TARGET_CHINESE_CHARACTERS);

        long loading = System.nanoTime();
        ClauseChecker checker = new ClauseChecker(ClauseLibrary.fromClasspath());
        double loadMillis = (System.nanoTime() - loading) / 1e6;
        Set<String> all = Set.copyOf(checker.obligations());

        ClauseCheckReport first = checker.check(contract, all);
        assertThat(first.findings()).hasSize(checker.obligations().size());
        // the long contract holds the sample contract: what the sample has, the long one has too
        ClauseCheckReport sample = checker.check(TestContract.load(TestContract.SAMPLE).text(), all);
        for (Finding finding : sample.findings()) {
            if (finding.status() == ClauseStatus.PRESENT) {
                assertThat(first.find(finding.obligation()).status()).as(finding.obligation())
                        .isEqualTo(ClauseStatus.PRESENT);
            }
        }

        Measure check = BenchTimer.measure(WARM_UP, MEASURED, () -> {
            ClauseCheckReport report = checker.check(contract, all);
            if (!report.equals(first)) {
                throw new AssertionError("The clause check gave another result on the same contract");
            }
        });

        System.out.printf(Locale.ROOT, "%n=== Contract check: %,d characters, %,d Chinese characters (about %d pages), "
                + "%d articles, %d obligations ===%n", contract.length(), chinese,
                Math.round((double) chinese / CHARACTERS_PER_PAGE), articles, all.size());
        System.out.printf(Locale.ROOT, "clause library load: %.0f ms; gaps found: %d of %d obligations%n", loadMillis,
                first.gaps().size(), first.findings().size());
        System.out.printf(Locale.ROOT, "check after %d warm-up: %s; target: < 100 ms (median)%n%n", WARM_UP, check);

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("contractCheckMs", BenchTimer.round(check.medianMs()));
        results.put("contractCheckP95Ms", BenchTimer.round(check.p95Ms()));
        results.put("contractCheckChineseCharacters", chinese);
        results.put("contractCheckLoadAverage", check.loadAverage());
        BenchResults.merge(results);
        System.out.println("written to " + BenchResults.FILE.toAbsolutePath() + ": " + results);
    }

    /** The test contracts with 第X條 headings, one after another and renumbered, until long enough. */
    static String longContract() {
        List<String> parts = List.of(TestContract.load(TestContract.SAMPLE).text(),
                TestContract.load("trustee-development").text(), TestContract.load("cloud-service").text());
        StringBuilder contract = new StringBuilder("資訊服務委外綜合合約\n甲方：範例證券股份有限公司\n乙方：範例資訊股份有限公司\n");
        int article = 0;
        int round = 0;
        while (chinese(contract) < TARGET_CHINESE_CHARACTERS) {
            String part = parts.get(round++ % parts.size());
            Matcher heading = HEADING.matcher(part);
            StringBuilder renumbered = new StringBuilder();
            while (heading.find()) {
                boolean sub = heading.group(1) != null;
                if (!sub) {
                    article++;
                }
                heading.appendReplacement(renumbered, "第" + DocxText.chinese(article) + "條"
                        + (sub ? Matcher.quoteReplacement(heading.group(1).replace(" ", "")) : ""));
            }
            heading.appendTail(renumbered);
            contract.append(renumbered).append('\n');
        }
        return contract.toString();
    }

    private static long chinese(CharSequence text) {
        return text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }
}
