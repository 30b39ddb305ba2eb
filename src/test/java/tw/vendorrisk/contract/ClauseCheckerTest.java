package tw.vendorrisk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tw.vendorrisk.contract.ClauseStatus.MISSING;
import static tw.vendorrisk.contract.ClauseStatus.NOT_APPLICABLE;
import static tw.vendorrisk.contract.ClauseStatus.PARTIAL;
import static tw.vendorrisk.contract.ClauseStatus.PRESENT;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The clause check against guideline Art. 7.1, on the sample contract and on contracts written for it. */
class ClauseCheckerTest {

    static final ClauseChecker CHECKER = new ClauseChecker(ClauseLibrary.fromClasspath());
    static final Set<String> ALL = Set.copyOf(CHECKER.obligations());

    static ClauseCheckReport check(TestContract contract) {
        return CHECKER.check(contract.text(), contract.applicable());
    }

    /** Wraps a clause into a small contract of its own. */
    static Finding checkClause(String obligation, String clause) {
        String contract = "第一條 約定事項\n" + clause + "\n第二條 其他\n甲乙雙方各執一份。";
        return CHECKER.check(contract, ALL).find(obligation);
    }

    static List<String> articles(Finding finding) {
        return finding.evidence().stream().map(Evidence::article).toList();
    }

    /** One test per obligation: the expected status, and the expected articles among the evidence. */
    static Stream<DynamicTest> meetsExpectations(TestContract contract, ClauseCheckReport report) {
        return contract.expected().entrySet().stream().map(expected -> DynamicTest.dynamicTest(
                contract.name() + " " + expected.getKey() + " " + expected.getValue().status()
                        + " " + expected.getValue().articles(), () -> {
                    Finding finding = report.find(expected.getKey());
                    assertThat(finding.status()).as("%s %s, lacking: %s", contract.name(), expected.getKey(),
                            finding.lacking()).isEqualTo(expected.getValue().status());
                    assertThat(articles(finding)).as("evidence of %s: %s", expected.getKey(), finding.evidence())
                            .containsAll(expected.getValue().articles());
                }));
    }

    @Nested
    class TheSampleContract {

        final TestContract sample = TestContract.load(TestContract.SAMPLE);
        final ClauseCheckReport report = check(sample);

        @Test
        void isCheckedAsACategory1MaintenanceContract() {
            assertThat(sample.applicable()).doesNotContain("7.1.4").contains("7.1.3", "7.1.2.3", "7.1.5.9");
            assertThat(report.find("7.1.4").status()).isEqualTo(NOT_APPLICABLE);
        }

        @ParameterizedTest(name = "{0} is a gap")
        @CsvSource({"7.1.1.3", "7.1.1.14", "7.1.1.16", "7.1.2.3", "7.1.2.4", "7.1.5.2", "7.1.5.9"})
        void reportsTheClausesItLacks(String obligation) {
            Finding finding = report.find(obligation);
            assertThat(finding.status()).isIn(MISSING, PARTIAL);
            assertThat(finding.lacking()).startsWith("未載明").contains(" — missing: ");
        }

        @ParameterizedTest(name = "{0} in {1}")
        @CsvSource({
                "7.1.1.1,  第九條",
                "7.1.1.8,  第十二條之三",
                "7.1.1.9,  第十三條",
                "7.1.1.10, 第六條",
                "7.1.1.12, 第十條",
                "7.1.5.3,  第十二條之一",
                "7.1.5.4,  第十二條之一",
                "7.1.5.8,  第十二條之一",
        })
        void findsTheClausesItHasInTheirArticles(String obligation, String article) {
            Finding finding = report.find(obligation);
            assertThat(finding.status()).isEqualTo(PRESENT);
            assertThat(finding.lacking()).isNull();
            assertThat(articles(finding)).contains(article);
        }

        @Test
        void quotesTheContractAsWritten_typosAndSimplifiedCharactersIncluded() {
            assertThat(report.find("7.1.1.8").evidence()).singleElement().satisfies(evidence -> assertThat(
                    evidence.text()).contains("主管機關、中央銀行得取的維護服務之相關資料或報告"));
            assertThat(report.find("7.1.5.7").evidence()).singleElement().satisfies(evidence -> assertThat(
                    evidence.text()).contains("應即通知甲方並採去相關補救措施"));
            assertThat(report.find("7.1.1.10").evidence().get(0).text()).contains("《中華民國個人信息保護法》");
        }

        @Test
        void namesWhatTheAuditClauseWouldLackWithoutTheCentralBank() {
            String withoutCentralBank = sample.text().replace("主管機關、中央銀行", "主管機關");

            Finding audit = CHECKER.check(withoutCentralBank, sample.applicable()).find("7.1.1.8");

            assertThat(audit.status()).isEqualTo(PARTIAL);
            assertThat(audit.lacking()).contains("中央銀行").contains("central bank").doesNotContain("主管機關得");
        }

        @TestFactory
        Stream<DynamicTest> meetsTheReviewersExpectationForEveryObligation() {
            return meetsExpectations(sample, report);
        }
    }

    @Nested
    class OwnContracts {

        @TestFactory
        Stream<DynamicTest> eachMeetsItsExpectationForEveryObligation() {
            return TestContract.OWN.stream().map(TestContract::load)
                    .flatMap(contract -> meetsExpectations(contract, check(contract)));
        }

        @Test
        void everyOwnContractHasAnExpectationForEveryObligation() {
            for (String name : TestContract.OWN) {
                assertThat(TestContract.load(name).expected().keySet()).as(name)
                        .containsExactlyInAnyOrderElementsOf(CHECKER.obligations());
            }
        }

        @Test
        void noExpectedGapIsEverReportedPresent() {
            for (String name : Stream.concat(TestContract.OWN.stream(), Stream.of(TestContract.SAMPLE)).toList()) {
                TestContract contract = TestContract.load(name);
                ClauseCheckReport report = check(contract);
                contract.expected().forEach((obligation, expected) -> {
                    if (expected.status().isGap()) {
                        assertThat(report.find(obligation).status()).as(name + " " + obligation).isNotEqualTo(PRESENT);
                    }
                });
            }
        }

        @TestFactory
        Stream<DynamicTest> theCloudContractAsWordDocumentMeetsTheSameExpectations() {
            TestContract contract = TestContract.load("cloud-service");
            String text = new ContractTextExtractor().extract("雲端服務合約.docx", ContractFormat.DOCX_TYPE,
                    TestDocuments.docx(contract.text()));
            return meetsExpectations(contract, CHECKER.check(text, contract.applicable()));
        }

        @TestFactory
        Stream<DynamicTest> theDevelopmentContractAsPdfMeetsTheSameExpectations() {
            TestContract contract = TestContract.load("trustee-development");
            String text = new ContractTextExtractor().extract("委託開發契約.pdf", "application/pdf",
                    TestDocuments.chinesePdf(contract.text()));
            return meetsExpectations(contract, CHECKER.check(text, contract.applicable()));
        }
    }

    @Nested
    class EveryReport {

        final ClauseCheckReport report = CHECKER.check(TestContract.load("weak-hardware-purchase").text(),
                ApplicabilityTable.obligations(2, false, false));

        @Test
        void listsEveryArt71ObligationOnceInGuidelineOrder() {
            assertThat(report.findings()).extracting(Finding::obligation).containsExactly(
                    "7.1.1.1", "7.1.1.2", "7.1.1.3", "7.1.1.4", "7.1.1.5", "7.1.1.6", "7.1.1.7", "7.1.1.8",
                    "7.1.1.9", "7.1.1.10", "7.1.1.11", "7.1.1.12", "7.1.1.13", "7.1.1.14", "7.1.1.15", "7.1.1.16",
                    "7.1.1.17", "7.1.2.1", "7.1.2.2", "7.1.2.3", "7.1.2.4", "7.1.3", "7.1.4",
                    "7.1.5.1", "7.1.5.2", "7.1.5.3", "7.1.5.4", "7.1.5.5", "7.1.5.6", "7.1.5.7", "7.1.5.8", "7.1.5.9");
        }

        @Test
        void reportsClausesOutsideTheApplicableOnesAsNotApplicable_withoutEvidence() {
            assertThat(report.findings()).filteredOn(finding -> finding.status() == NOT_APPLICABLE)
                    .extracting(Finding::obligation)
                    .containsExactly("7.1.2.3", "7.1.2.4", "7.1.3", "7.1.4", "7.1.5.8", "7.1.5.9");
            assertThat(report.findings()).filteredOn(finding -> finding.status() == NOT_APPLICABLE)
                    .allSatisfy(finding -> {
                        assertThat(finding.evidence()).isEmpty();
                        assertThat(finding.lacking()).isNull();
                    });
        }

        @Test
        void givesGroupsAndBilingualTitles() {
            assertThat(report.find("7.1.1.8").group()).isEqualTo("7.1.1 一般條款 General");
            assertThat(report.find("7.1.1.8").title()).isEqualTo("稽核權 Right to audit");
            assertThat(report.find("7.1.5.3").group()).isEqualTo("7.1.5 資安要求 Security requirements");
            assertThat(report.findings()).allSatisfy(finding -> assertThat(finding.group())
                    .startsWith(finding.obligation().substring(0, 5)));
        }

        @Test
        void saysWhatIsLackingExactlyForGaps() {
            assertThat(report.findings()).allSatisfy(finding ->
                    assertThat(finding.lacking() != null).as(finding.obligation()).isEqualTo(finding.isGap()));
            assertThat(report.find("7.1.1.16").lacking()).contains("保固").contains("warranty");
        }

        @Test
        void listsTheGapsMissingFirstThenPartial() {
            List<Finding> gaps = report.gaps();

            assertThat(gaps).extracting(Finding::status).isSortedAccordingTo((a, b) ->
                    Boolean.compare(a == PARTIAL, b == PARTIAL));
            assertThat(gaps).extracting(Finding::obligation).startsWith("7.1.1.7", "7.1.1.8", "7.1.1.11")
                    .contains("7.1.1.4", "7.1.1.5", "7.1.2.2").doesNotContain("7.1.1.1", "7.1.3");
            assertThat(report.gapsFirst()).hasSize(32).startsWith(gaps.toArray(Finding[]::new));
            assertThat(report.hasGaps()).isTrue();
        }

        @Test
        void findsAFindingByObligation_andRefusesAnUnknownOne() {
            assertThat(report.find("7.1.3").status()).isEqualTo(NOT_APPLICABLE);
            assertThatThrownBy(() -> report.find("7.2")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Normalisation {

        @Test
        void simplifiedCharactersAndMainlandWordsMatchTheirTaiwaneseForms() {
            assertThat(checkClause("7.1.5.1", "供应商应遵守本公司信息安全政策、個人信息保护法及其他相关法规，并负保密义务。").status())
                    .isEqualTo(PRESENT);
            assertThat(checkClause("7.1.5.8", "甲方数据应与其他客户之数据隔离存放，并采取加密措施。").status())
                    .isEqualTo(PRESENT);
            assertThat(checkClause("7.1.1.4", "服务水平：系统可用率99%。供应商应每月提交服务水平报告。").status())
                    .isEqualTo(PRESENT);
            assertThat(checkClause("7.1.1.4", "系統可用性每月應達百分之九十九點五。乙方應於次月五日前提交服務等級報告。").status())
                    .isEqualTo(PRESENT);
        }

        @Test
        void partyNamesContractWordsAndTheRegulatorHaveTheirSynonyms() {
            assertThat(checkClause("7.1.1.14", """
                    受託人違反本契約者，委託人得解除本契約。
                    委託人經金管會通知終止本契約時，得逕行解約。""").status()).isEqualTo(PRESENT);
            assertThat(checkClause("7.1.1.8", "本公司得隨時稽核供應商；供應商同意證期局及央行得調閱相關資料。").status())
                    .isEqualTo(PRESENT);
        }

        @Test
        void fullWidthLettersAndDigitsMatchHalfWidth() {
            assertThat(checkClause("7.1.5.9", "乙方應維持ＩＳＯ／ＩＥＣ　２７００１及ＩＳＯ　９００１驗證。").status())
                    .isEqualTo(PRESENT);
        }

        @Test
        void chineseNumeralsBeforeAMeasureWordMatchArabicOnes() {
            ContractNormaliser normaliser = ContractNormaliser.fromClasspath();

            assertThat(normaliser.normalise("二個小時內到場，每年至少一次，十二個月，兩年")).isEqualTo("2個小時內到場,每年至少1次,12個月,2年");
            assertThat(normaliser.numerals().value("二十一")).isEqualTo(21);
            assertThat(normaliser.numerals().value("一百零五")).isEqualTo(105);
            assertThat(normaliser.numerals().value("十")).isEqualTo(10);
            assertThat(normaliser.numerals().value("12")).isEqualTo(12);
        }

        @Test
        void typosSeenInRealContractsAreRead() {
            assertThat(checkClause("7.1.5.7", "乙方發現潛在問題和危害時，應即通知甲方並採去相關補救措施。").status())
                    .isEqualTo(PRESENT);
        }

        @Test
        void aTermDoesNotMatchAcrossTwoWords() {
            assertThat(checkClause("7.1.1.10", "乙方應確保密碼之複雜度。").status()).isEqualTo(MISSING);
            assertThat(checkClause("7.1.1.16", "乙方應確保固定IP位址可用。").status()).isEqualTo(MISSING);
            assertThat(checkClause("7.1.1.9", "本合約之部分包括附件一至附件三。").status()).isEqualTo(MISSING);
        }
    }

    @Nested
    class Negation {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
                "乙方不提供保固。",
                "乙方不負保固責任。",
                "乙方不負保固責任，設備原廠保固依原廠規定辦理。",
                "本案無保固。",
                "保固：無。",
                "保固期間：不適用。",
                "乙方免負保固責任。",
                "乙方概不負任何保固及維修責任。",
                "保固責任：乙方概不負擔。",
                "乙方就本系統之任何瑕疵均不負保固責任。",
        })
        void aDeniedWarrantyIsNoWarranty(String clause) {
            assertThat(checkClause("7.1.1.16", clause).status()).isEqualTo(MISSING);
        }

        @Test
        void aTitleLineDoesNotCountWhenTheTextBelowDeniesIt() {
            String contract = "設備採購合約\n甲方與乙方約定如下：\n7. 保固\n乙方不負保固責任。\n8. 管轄\n以臺北地方法院為管轄法院。\n";

            assertThat(CHECKER.check(contract, ALL).find("7.1.1.16").status()).isEqualTo(MISSING);
            assertThat(CHECKER.check(contract.replace("乙方不負保固責任", "乙方提供一年保固"), ALL).find("7.1.1.16")
                    .status()).isEqualTo(PRESENT);
        }

        @Test
        void aWarrantyWithExceptionsIsAWarranty() {
            Finding finding = checkClause("7.1.1.16", "乙方提供驗收合格後一年之保固。但因甲方人為因素所致之損壞，不在此限。");

            assertThat(finding.status()).isEqualTo(PRESENT);
            assertThat(finding.evidence()).singleElement().satisfies(evidence -> {
                assertThat(evidence.article()).isEqualTo("第一條");
                assertThat(evidence.text()).isEqualTo("乙方提供驗收合格後一年之保固。");
            });
        }

        @Test
        void waivedReportsAndTestsDoNotCount() {
            assertThat(checkClause("7.1.1.4", "乙方應於四小時內到場維修。乙方無須提交服務水準報告。").status()).isEqualTo(PARTIAL);
            assertThat(checkClause("7.1.1.4", "乙方應於四小時內到場維修。甲方不得要求乙方提供服務水準報告。").status())
                    .isEqualTo(PARTIAL);
            assertThat(checkClause("7.1.5.3", "乙方不保證交付之系統無後門程式，亦不提供弱點掃描報告。").status()).isEqualTo(MISSING);
            assertThat(checkClause("7.1.1.11", "乙方對甲方之任何損失，概不負損害賠償責任。").status()).isEqualTo(MISSING);
        }

        @Test
        void aProhibitionIsTheRuleItself() {
            assertThat(checkClause("7.1.2.2", "乙方不得將本合約之工作分包予第三人。").status()).isEqualTo(PRESENT);
            assertThat(checkClause("7.1.1.9", "乙方非經甲方書面同意，不得將本合約之權利義務轉讓予第三人。").status())
                    .isEqualTo(PRESENT);
            assertThat(checkClause("7.1.5.3", """
                    乙方交付前應提供原始碼檢測報告；乙方保證交付之程式不含惡意程式或後門；
                    對外網路服務之程式應通過滲透測試。""").status()).isEqualTo(PRESENT);
        }

        @Test
        void deemedAcceptanceIsNoAcceptanceCriterion() {
            assertThat(checkClause("7.1.1.6", "甲方應於到貨後七日內完成驗收，逾期未驗收者，視為驗收合格。").status())
                    .isEqualTo(PARTIAL);
        }
    }

    @Nested
    class Elements {

        @Test
        void theAuditClauseNeedsTheOrganizationTheRegulatorAndTheCentralBank() {
            assertThat(checkClause("7.1.1.8", "甲方得隨時派員查核乙方。").status()).isEqualTo(PARTIAL);
            Finding withoutCentralBank = checkClause("7.1.1.8", "乙方同意甲方得稽核，並同意主管機關得調閱相關資料。");
            assertThat(withoutCentralBank.status()).isEqualTo(PARTIAL);
            assertThat(withoutCentralBank.lacking()).contains("中央銀行").doesNotContain("甲方得稽核乙方");
            assertThat(checkClause("7.1.1.8", "乙方同意甲方得稽核，並同意主管機關及中央銀行得調閱相關資料或進行金融檢查。")
                    .status()).isEqualTo(PRESENT);
        }

        @Test
        void theRegulatorsAccessMustBeToTheVendor_notToTheOrganization() {
            assertThat(checkClause("7.1.1.8", "甲方得稽核乙方。主管機關及中央銀行得依法對甲方進行檢查。").status())
                    .isEqualTo(PARTIAL);
        }

        @Test
        void terminationNeedsMaterialGroundsAndTheRegulatorsNotice() {
            assertThat(checkClause("7.1.1.14", "任一方得於三十日前以書面通知他方終止本合約。").status()).isEqualTo(MISSING);
            assertThat(checkClause("7.1.1.14", """
                    乙方有下列情形之一者，甲方得終止本合約：
                    一、乙方違反本合約，經通知限期改善而未改善。
                    二、乙方受破產宣告。""").status()).isEqualTo(PARTIAL);
            Finding complete = checkClause("7.1.1.14", """
                    乙方有下列情形之一者，甲方得終止本合約：
                    一、乙方違反本合約，經通知限期改善而未改善。
                    二、甲方經主管機關通知應終止本合約。""");
            assertThat(complete.status()).isEqualTo(PRESENT);
            assertThat(complete.evidence()).singleElement().satisfies(evidence -> assertThat(evidence.text())
                    .startsWith("乙方有下列情形之一者").contains("二、甲方經主管機關通知應終止本合約。"));
        }

        @Test
        void serviceLevelsNeedPeriodicReports() {
            assertThat(checkClause("7.1.1.4", "系統可用率每月應達99.5%。").status()).isEqualTo(PARTIAL);
            assertThat(checkClause("7.1.1.4", "系統可用率每月應達99.5%。乙方應每月提交服務水準報告。").status()).isEqualTo(PRESENT);
        }

        @Test
        void incidentHandlingNeedsAProcedureAndImmediateNotice() {
            assertThat(checkClause("7.1.1.7", "乙方發生資安事件時，應通知甲方。").status()).isEqualTo(MISSING);
            assertThat(checkClause("7.1.1.7", "乙方發生資安事件時，應依甲方之資安事件通報程序辦理。").status()).isEqualTo(PARTIAL);
            assertThat(checkClause("7.1.1.7", "乙方發生資安事件時，應依甲方之資安事件通報程序辦理，並於一小時內主動通知甲方。")
                    .status()).isEqualTo(PRESENT);
        }

        @Test
        void securityTestingNeedsEvidenceAndNoMalware() {
            assertThat(checkClause("7.1.5.3", "乙方應協助甲方執行弱點掃描。").status()).isEqualTo(MISSING);
            assertThat(checkClause("7.1.5.3", "乙方應於交付時提供弱點掃描報告。").status()).isEqualTo(PARTIAL);
        }

        @Test
        void segregationNeedsEncryptionToo() {
            assertThat(checkClause("7.1.5.8", "甲方資料應與乙方其他客戶之資料分開存放。").status()).isEqualTo(PARTIAL);
            assertThat(checkClause("7.1.5.8", "甲方資料應與乙方其他客戶之資料分開存放，並予以加密。").status()).isEqualTo(PRESENT);
            assertThat(checkClause("7.1.5.8", "甲方之資料不得與其他客戶之資料混合存放，並應加密保護。").status()).isEqualTo(PRESENT);
            assertThat(checkClause("7.1.5.8", "乙方應提供甲方專屬之服務窗口，並將資料加密。").status()).isEqualTo(PARTIAL);
        }

        @Test
        void subcontractingNeedsAPlanAndConsent_unlessItIsRuledOut() {
            assertThat(checkClause("7.1.2.2", "乙方經甲方同意後得將工作分包予第三人。").status()).isEqualTo(PARTIAL);
            assertThat(checkClause("7.1.2.2", "乙方如欲分包，應事先提出分包計畫，經甲方書面同意後始得為之。").status())
                    .isEqualTo(PRESENT);
            assertThat(checkClause("7.1.2.2", "乙方不得將本案工作交由第三人執行。").status()).isEqualTo(PRESENT);
            assertThat(checkClause("7.1.2.2", "乙方經甲方書面同意後，得將部分工作交由第三人執行。").status()).isEqualTo(PARTIAL);
        }

        @Test
        void aClauseWithNoneOfItsElementsIsMissing() {
            Finding finding = checkClause("7.1.5.9", "乙方應指派專人擔任本案窗口。");

            assertThat(finding.status()).isEqualTo(MISSING);
            assertThat(finding.evidence()).isEmpty();
            assertThat(finding.lacking()).contains("資安證照").contains("品質證照");
        }
    }

    @Nested
    class Segmentation {

        final ArticleSegmenter segmenter = new ArticleSegmenter(ContractNormaliser.fromClasspath());

        @Test
        void articleHeadingsAreKeptAsWritten_withCanonicalNumbers() {
            List<Article> articles = segmenter.segment("""
                    立合約書人甲方與乙方同意下列條款：
                    第一條 合約標的
                    乙方提供維護服務。
                    第 9 條：合約期間
                    本合約有效期間一年。
                    第12條之一【保密義務】乙方應負保密義務。
                    第十二條之2
                    （資安要求）
                    乙方應遵守資安規範。
                    """);

            assertThat(articles).extracting(Article::heading)
                    .containsExactly("前言", "第一條", "第 9 條", "第12條之一", "第十二條之2");
            assertThat(articles).extracting(Article::number).containsExactly("", "1", "9", "12-1", "12-2");
            assertThat(articles).extracting(Article::title).containsExactly("", "合約標的", "合約期間", "保密義務", "資安要求");
            assertThat(articles.get(3).sentences()).extracting(Sentence::text).containsExactly("乙方應負保密義務。");
        }

        @Test
        void listNumberingIsTheArticleLevelWhenThereAreNoArticleHeadings() {
            List<Article> articles = segmenter.segment("""
                    一、合同期限
                    自2026年1月1日起一年。
                    十一、保密
                    （一）供應商應負保密責任。
                    1. 包括客戶資料。
                    十二、保固：供應商更換之零件保固六個月。
                    """);

            assertThat(articles).extracting(Article::heading).containsExactly("一、", "十一、", "十二、");
            assertThat(articles).extracting(Article::number).containsExactly("1", "11", "12");
            assertThat(articles.get(1).sentences()).extracting(Sentence::text)
                    .containsExactly("（一）供應商應負保密責任。", "1. 包括客戶資料。");
            assertThat(articles.get(2).title()).isEqualTo("保固");
            assertThat(articles.get(2).sentences()).extracting(Sentence::text)
                    .containsExactly("保固：供應商更換之零件保固六個月。");
        }

        @Test
        void aNumberedListInAnAnnexDoesNotOutweighTheArticles() {
            List<Article> articles = segmenter.segment("""
                    1. 合約標的
                    乙方提供網路儲存設備一套。
                    2. 合約期間
                    本合約有效期間一年。
                    3. 保固
                    乙方不負保固責任。
                    附件 技術規格
                    一、控制器：雙控制器。
                    二、容量：二百二十TB。
                    三、介面：二十五GbE。
                    四、電源：備援電源。
                    """);

            assertThat(articles).extracting(Article::heading).containsExactly("1.", "2.", "3.", "附件");
            assertThat(articles.get(2).title()).isEqualTo("保固");
            assertThat(articles.get(3).sentences()).hasSize(4);
        }

        @Test
        void subItemsBelongToTheirArticle() {
            List<Article> articles = segmenter.segment("""
                    第三條
                    維護工作內容
                    1.定期保養
                    (1)定期保養時間：每季一次。
                    2.1 故障排除。
                    一、派員到場。
                    第四條 服務費用
                    4.1 按年計算。
                    """);

            assertThat(articles).extracting(Article::heading).containsExactly("第三條", "第四條");
            assertThat(articles.get(0).title()).isEqualTo("維護工作內容");
            assertThat(articles.get(0).sentences()).extracting(Sentence::item).containsOnly(true);
            assertThat(articles.get(0).sentences()).hasSize(4);
        }

        @Test
        void wrappedLinesAreJoined_pageNumbersDropped_referencesAreNoHeadings() {
            String line = "乙方應於知悉資通安全事件後一小時內通知甲方並依甲方之程序辦理相關";
            List<Article> articles = segmenter.segment("第一條 資安事件\n" + line + "\n應變作業及後續改善。\n- 2 -\n"
                    + "第二條 稽核\n" + line + "\n第一條所定之程序\n第三條 其他\n本合約一式二份。\n");

            assertThat(articles).extracting(Article::heading).containsExactly("第一條", "第二條", "第三條");
            assertThat(articles.get(0).sentences()).extracting(Sentence::text)
                    .containsExactly(line + "應變作業及後續改善。");
            assertThat(articles.get(1).sentences()).extracting(Sentence::text).containsExactly(line + "第一條所定之程序");
        }

        @Test
        void aLeadInSentenceIsMarked() {
            List<Article> articles = segmenter.segment(
                    "第一條 終止\n有下列情形之一者，甲方得終止本合約：\n（一）乙方違約。\n第二條 其他\n本合約一式二份。\n");

            assertThat(articles.get(0).sentences()).extracting(Sentence::leadIn).containsExactly(true, false);
            assertThat(ArticleSegmenter.leadInReach(articles.get(0).sentences(), 0)).isEqualTo(1);
        }

        @Test
        void textWithoutHeadingsIsOneWholeText() {
            assertThat(segmenter.segment("甲方委託乙方維護系統。乙方應負保密義務。")).singleElement()
                    .satisfies(article -> assertThat(article.heading()).isEqualTo("全文"));
        }

        @Test
        void evidenceNamesTheArticleAsWritten() {
            String contract = "第十二條 保密\n乙方應負保密義務。\n第十二條之一：\n1.乙方應揭露第三方程式元件之來源與授權證明。\n"
                    + "第十三條 雜項\n本合約一式二份。\n";

            Finding finding = CHECKER.check(contract, ALL).find("7.1.5.4");

            assertThat(finding.evidence()).containsExactly(
                    new Evidence("第十二條之一", "1.乙方應揭露第三方程式元件之來源與授權證明。"));
        }
    }

    @Nested
    class TheLibrary {

        @Test
        void coversArt71ExceptTheSigningStep() {
            ClauseLibrary library = ClauseLibrary.fromClasspath();

            assertThat(library.obligations()).hasSize(32).doesNotContain("7.2");
            assertThat(new HashSet<>(library.obligations())).isEqualTo(ApplicabilityTable.obligations(1, true, true));
            assertThat(library.guideline("7.1.1.8")).contains("同意主管機關及中央銀行得取得相關資料或報告");
        }

        @Test
        void aLibraryWithAMistakeSaysWhere() {
            String broken = """
                    obligations:
                      - id: "7.1.1.1"
                        group: 7.1.1 一般條款 General
                        title: {zh: 合約期限, en: Contract term}
                        guideline: 合約期限。
                        elements:
                          - name: {zh: 期間}
                            phrases: [有效期]
                    """;

            assertThatThrownBy(() -> ClauseLibrary.load(new java.io.ByteArrayInputStream(
                    broken.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("obligation 7.1.1.1.elements[0].name").hasMessageContaining("'en'");
        }
    }
}
