package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.DatabaseSnapshot;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;

/**
 * Every refusal names the field and the problem in words, in the caller's language (Traditional Chinese
 * for {@code Accept-Language: zh-TW} or {@code zh}, English otherwise), and shows no Java: before, a
 * vendor name sent as an object answered Jackson's text without the field, an empty clause check body
 * answered the controller's method signature, and malformed JSON to engine REST answered
 * {@code {"message":""}}.
 */
@AppTest
class ErrorMessageTest {

    /** Java types, packages and method signatures, e.g. {@code checkText(byte[],java.lang.Integer,boolean)}. */
    static final Pattern JAVA = Pattern.compile("javax?\\.|jakarta\\.|tw\\.vendorrisk|com\\.fasterxml|org\\.camunda"
            + "|\\w\\((\\w|\\.|\\[\\]|,)*\\)|Exception|JsonToken|START_OBJECT");
    static final Pattern CHINESE = Pattern.compile("\\p{IsHan}{2,}");

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired RegisterService register;
    @Autowired DatabaseSnapshot database;
    final ObjectMapper json = new ObjectMapper();

    RestClient alice;
    Vendor vendor;

    @BeforeEach
    void setUp() {
        fixture.reset();
        vendor = fixture.vendor(RegisterFixture.TAX_ID_A, "Certified Co.", "5");
        alice = RestClient.as(port, "alice");
    }

    @ParameterizedTest(name = "name: {0}")
    @ValueSource(strings = {"{\"zh\":\"雲端\"}", "[\"雲端\"]"})
    void aVendorNameThatIsNotTextIsRefusedNamingTheField(String name) throws Exception {
        Map<String, Integer> before = database.take();

        HttpResponse<String> response = alice.post("/api/vendors",
                "{\"name\":" + name + ",\"taxId\":\"" + RegisterFixture.TAX_ID_D + "\"}");

        JsonNode body = refusal(response, 400, "name");
        assertThat(body.path("message").asText()).isEqualTo("Invalid request: name must be text, not "
                + (name.startsWith("{") ? "an object" : "a list"));
        assertThat(database.take()).as("rows in every table").isEqualTo(before);
    }

    @ParameterizedTest(name = "signedOn: {0}")
    @ValueSource(strings = {"true", "\"yesterday\"", "{\"date\":\"2024-01-01\"}", "20240101"})
    void aSigningDateThatIsNotADateIsRefusedNamingTheField(String signedOn) throws Exception {
        HttpResponse<String> response = alice.post("/api/vendors/" + vendor.getId() + "/ndas",
                "{\"reference\":\"NDA-1\",\"signedOn\":" + signedOn + "}");

        JsonNode body = refusal(response, 400, "signedOn");
        assertThat(body.path("message").asText()).startsWith("Invalid request: signedOn must be a date written as "
                + "yyyy-MM-dd");
        assertThat(register.ndas(vendor.getId())).isEmpty();
    }

    @Test
    void aValueOfTheWrongTypeInsideAListNamesItsPlace() throws Exception {
        HttpResponse<String> response = RestClient.as(port, "admin").put("/api/services/1/arrangement",
                "{\"storesData\":true,\"dataStorageCountries\":[\"TW\",{\"code\":\"JP\"}],"
                        + "\"substitutability\":\"EASILY_SUBSTITUTABLE\"}");

        refusal(response, 400, "dataStorageCountries[1]");
    }

    @Test
    void aCertificateTypeThatDoesNotExistListsTheTypes() throws Exception {
        HttpResponse<String> response = alice.post("/api/vendors/" + vendor.getId() + "/certificates",
                "{\"type\":\"ISO_9001\",\"number\":\"C-1\",\"expiresOn\":\"2030-01-01\"}");

        JsonNode body = refusal(response, 400, "type");
        assertThat(body.path("errors").path(0).path("message").asText())
                .startsWith("must be one of ").contains("ISO_27001", "CSA_STAR").endsWith(", not \"ISO_9001\"");
    }

    @Test
    void aNumberTooLargeForItsFieldIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> response = RestClient.as(port, "admin").put("/api/organization",
                "{\"name\":\"Test Securities\",\"securitiesProtectionLevel\":99999999999}");

        JsonNode body = refusal(response, 400, "securitiesProtectionLevel");
        assertThat(body.path("message").asText())
                .isEqualTo("Invalid request: securitiesProtectionLevel is a number too large or too small for this field");
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefusedInWords() throws Exception {
        HttpResponse<String> response = alice.post("/api/vendors", "[\"Lida\"]");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("message").asText()).as(response.body())
                .isEqualTo("Invalid request: the request body must be a JSON object, not a list");
        assertThat(JAVA.matcher(response.body()).find()).as(response.body()).isFalse();
    }

    @Test
    void aClauseCheckOfAnotherContentTypeSaysWhichAreAccepted() throws Exception {
        HttpResponse<String> response = alice.post("/api/contract-checks?category=1", "{\"text\":\"第一條\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
        assertThat(json.readTree(response.body()).path("message").asText()).as(response.body())
                .contains("application/json").contains("multipart/form-data").contains("text/plain");
        assertThat(JAVA.matcher(response.body()).find()).as(response.body()).isFalse();
    }

    @Test
    void anEmptyTextBodyToTheClauseCheckNamesTheFileAndShowsNoCode() throws Exception {
        HttpResponse<String> response = alice.post("/api/contract-checks?category=1", "text/plain; charset=UTF-8",
                new byte[0]);

        JsonNode body = refusal(response, 400, "file");
        assertThat(body.path("message").asText()).contains("no contract");
    }

    @Test
    void aBodyThatBreaksOffSaysWhere() throws Exception {
        HttpResponse<String> response = alice.post("/api/vendors", "{\"name\":");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("message").asText()).as(response.body())
                .contains("not valid JSON").contains("line 1, column 9");
        assertThat(body.path("errors").path(0).path("field").asText()).as(response.body()).isEqualTo("name");
        assertThat(JAVA.matcher(response.body()).find()).as(response.body()).isFalse();
    }

    @Test
    void aSyntaxErrorInsideAFieldNamesTheField() throws Exception {
        HttpResponse<String> response = alice.post("/api/vendors", "{\"name\":\"Lida\",\"marketSharePercent\":tru}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("message").asText()).as(response.body()).isEqualTo(
                "The request body is not valid JSON: a syntax error in field marketSharePercent at line 1, column 37.");
        assertThat(body.path("errors").path(0).path("field").asText()).isEqualTo("marketSharePercent");
    }

    @Test
    void anEmptyJsonBodyIsRefusedInWords() throws Exception {
        HttpResponse<String> response = alice.post("/api/vendors", "");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("message").asText()).as(response.body())
                .isEqualTo("The request has no body: send the resource as JSON.");
        assertThat(JAVA.matcher(response.body()).find()).as(response.body()).isFalse();
    }

    @Test
    void malformedJsonToEngineRestIsRefusedWithAMessage() throws Exception {
        HttpResponse<String> response = alice.post("/engine-rest/task/any-task/complete", "{\"variables\":");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("type").asText()).isEqualTo("InvalidRequestException");
        assertThat(body.path("message").asText()).as(response.body())
                .contains("not valid JSON").contains("variables").contains("line 1, column 14");
        assertThat(JAVA.matcher(body.path("message").asText()).find()).as(response.body()).isFalse();
    }

    @Test
    void aWrongTypeToEngineRestNamesTheField() throws Exception {
        HttpResponse<String> response = alice.post("/engine-rest/task/any-task/complete", "{\"variables\":5}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("type").asText()).isEqualTo("InvalidRequestException");
        assertThat(body.path("message").asText()).as(response.body()).isEqualTo(
                "Invalid request: variables must be a JSON object, not the number 5");
        assertThat(JAVA.matcher(body.path("message").asText()).find()).as(response.body()).isFalse();
    }

    @Test
    void theEngineApiBehindTasklistAnswersMalformedJsonTheSameWay() throws Exception {
        tw.vendorrisk.support.WebappClient tasklist = new tw.vendorrisk.support.WebappClient(port);
        tasklist.openTasklist();
        assertThat(tasklist.logIn("alice", RestClient.DEMO_PASSWORD)).isTrue();

        HttpResponse<String> response = tasklist.post("/camunda/api/engine/engine/default/task/any-task/submit-form",
                "application/json", "{\"variables\":", true);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("message").asText()).as(response.body())
                .contains("not valid JSON").contains("variables");
    }

    @Test
    void zhTwGetsTraditionalChinese() throws Exception {
        RestClient zh = alice.inLanguage("zh-TW");

        JsonNode blank = refusal(zh.post("/api/vendors", "{\"taxId\":\"" + RegisterFixture.TAX_ID_D + "\"}"), 400, "name");
        assertThat(blank.path("message").asText()).isEqualTo("請求內容有誤：name 不得空白");

        JsonNode date = refusal(zh.post("/api/vendors/" + vendor.getId() + "/certificates",
                "{\"type\":\"ISO_27001\",\"number\":\"C-1\",\"expiresOn\":20270101}"), 400, "expiresOn");
        assertThat(date.path("errors").path(0).path("message").asText())
                .isEqualTo("必須是 yyyy-MM-dd 格式的日期（例如 2027-01-31），不能是數字 20270101");

        JsonNode name = refusal(zh.post("/api/vendors", "{\"name\":{\"zh\":\"雲端\"},\"taxId\":\""
                + RegisterFixture.TAX_ID_D + "\"}"), 400, "name");
        assertThat(name.path("message").asText()).isEqualTo("請求內容有誤：name 必須是文字，不能是物件");

        HttpResponse<String> missing = zh.get("/api/vendors/999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json.readTree(missing.body()).path("message").asText()).isEqualTo("廠商 999999 不存在。");

        HttpResponse<String> engine = zh.post("/engine-rest/task/any-task/complete", "{\"variables\":");
        assertThat(engine.statusCode()).as(engine.body()).isEqualTo(400);
        assertThat(json.readTree(engine.body()).path("message").asText()).as(engine.body())
                .contains("不是有效的 JSON").contains("variables");

        JsonNode empty = refusal(zh.post("/api/contract-checks?category=1", "text/plain; charset=UTF-8", new byte[0]),
                400, "file");
        assertThat(CHINESE.matcher(empty.path("message").asText()).find()).as(empty.toString()).isTrue();

        HttpResponse<String> forbidden = RestClient.as(port, "olivia").inLanguage("zh-TW").post("/api/vendors",
                "{\"name\":\"Lida\",\"taxId\":\"" + RegisterFixture.TAX_ID_D + "\"}");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(json.readTree(forbidden.body()).path("message").asText()).startsWith("使用者 olivia 無權");
    }

    @ParameterizedTest(name = "Accept-Language: {0}")
    @ValueSource(strings = {"zh", "zh-Hant-TW", "zh-CN", "fr-FR, zh-TW;q=0.8, en;q=0.5", "ZH-tw"})
    void everyChineseLanguageGetsTraditionalChinese(String acceptLanguage) throws Exception {
        HttpResponse<String> response = alice.inLanguage(acceptLanguage).post("/api/vendors",
                "{\"taxId\":\"" + RegisterFixture.TAX_ID_D + "\"}");

        assertThat(json.readTree(response.body()).path("message").asText()).isEqualTo("請求內容有誤：name 不得空白");
    }

    @ParameterizedTest(name = "Accept-Language: {0}")
    @ValueSource(strings = {"", "en", "en-US", "fr", "de-DE, en;q=0.9, zh-TW;q=0.8", "*", "zz-invalid;;"})
    void everyOtherLanguageGetsEnglish(String acceptLanguage) throws Exception {
        RestClient client = acceptLanguage.isEmpty() ? alice : alice.inLanguage(acceptLanguage);
        HttpResponse<String> response = client.post("/api/vendors", "{\"taxId\":\"" + RegisterFixture.TAX_ID_D + "\"}");

        assertThat(json.readTree(response.body()).path("message").asText())
                .isEqualTo("Invalid request: name must not be blank");
    }

    private JsonNode refusal(HttpResponse<String> response, int status, String field) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("errors").path(0).path("field").asText()).as(response.body()).isEqualTo(field);
        assertThat(body.path("errors").path(0).path("message").asText()).as(response.body()).isNotBlank();
        assertThat(body.path("message").asText()).as(response.body()).contains(field);
        assertThat(JAVA.matcher(response.body()).find()).as("Java in " + response.body()).isFalse();
        return body;
    }
}
