package tw.vendorrisk.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the clause check takes on a contract of about 20 pages (some 27,000 Chinese characters):
 * the sample contract and two test contracts, renumbered into one long contract. It prints the
 * median and the 95th percentile of 50 checks after a warm-up. Run it from the IDE, or:
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) tw.vendorrisk.contract.ClauseCheckBenchmark
 * </pre>
 */
public final class ClauseCheckBenchmark {

    private static final int TARGET_CHINESE_CHARACTERS = 27_000;
    private static final int WARM_UP = 20;
    private static final int RUNS = 50;
    private static final Pattern HEADING = Pattern.compile("(?m)^第\\s*[0-9一二三四五六七八九十百]+\\s*條(之\\s*[0-9一二三四五六七八九十]+)?");

    private ClauseCheckBenchmark() {
    }

    public static void main(String[] args) {
        String contract = longContract();
        long chinese = contract.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long articles = HEADING.matcher(contract).results().count();

        long loading = System.nanoTime();
        ClauseChecker checker = new ClauseChecker(ClauseLibrary.fromClasspath());
        double loadMillis = (System.nanoTime() - loading) / 1e6;
        Set<String> all = Set.copyOf(checker.obligations());

        for (int i = 0; i < WARM_UP; i++) {
            checker.check(contract, all);
        }
        double[] millis = new double[RUNS];
        ClauseCheckReport report = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            report = checker.check(contract, all);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);

        System.out.printf("contract: %,d characters, %,d Chinese characters (about %d pages), %d articles%n",
                contract.length(), chinese, Math.round(chinese / 1350.0), articles);
        System.out.printf("library load: %.0f ms%n", loadMillis);
        System.out.printf("check over %d runs after %d warm-up runs: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms%n",
                RUNS, WARM_UP, millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1], millis[0], millis[RUNS - 1]);
        System.out.printf("gaps found: %d of %d obligations%n", report.gaps().size(), report.findings().size());
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
