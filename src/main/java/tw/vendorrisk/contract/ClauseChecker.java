package tw.vendorrisk.contract;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * Checks a contract against the clauses that guideline Art. 7.1 requires (obligations 7.1.1.1 to
 * 7.1.5.9). The clauses and how to recognise them are data: {@code contract/clause-library.yaml}
 * and {@code contract/normalisation.yaml}. Which clauses apply to an organization and service comes
 * from the DMN table {@code clause-applicability}.
 */
@Service
public class ClauseChecker {

    private final ClauseLibrary library;
    private final ArticleSegmenter segmenter;
    private final ClauseEvaluator evaluator;

    /** With the clause library shipped with the application. */
    public ClauseChecker() {
        this(ClauseLibrary.fromClasspath());
    }

    public ClauseChecker(ClauseLibrary library) {
        this.library = library;
        this.segmenter = new ArticleSegmenter(library.normaliser());
        this.evaluator = new ClauseEvaluator(new ElementMatcher(library.normaliser().negation()));
    }

    /**
     * One finding per Art. 7.1 obligation, in guideline order; obligations not in
     * {@code applicableObligations} are {@link ClauseStatus#NOT_APPLICABLE}.
     */
    public ClauseCheckReport check(String contractText, Set<String> applicableObligations) {
        Objects.requireNonNull(contractText, "contractText");
        Objects.requireNonNull(applicableObligations, "applicableObligations");
        List<Article> articles = segmenter.segment(contractText);
        return new ClauseCheckReport(library.clauses().stream()
                .map(clause -> applicableObligations.contains(clause.id()) ? evaluator.evaluate(clause, articles)
                        : ClauseEvaluator.notApplicable(clause))
                .toList());
    }

    /** The Art. 7.1 obligation IDs, in guideline order. */
    public List<String> obligations() {
        return library.obligations();
    }
}
