package tw.vendorrisk.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;

/**
 * A date sent as a JSON number was read as a count of days since 1970: {@code "expiresOn": 20270101}
 * stored a certificate valid until the year 57467. A date in an {@code /api} body is a string
 * {@code yyyy-MM-dd}; anything else is refused with 400 naming the field, and nothing is stored.
 */
@AppTest
class DateAsNumberTest {

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired RegisterService register;
    @Autowired ObjectMapper applicationJson;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    final ObjectMapper json = new ObjectMapper();

    RestClient alice;
    Vendor vendor;

    @BeforeEach
    void setUp() {
        fixture.reset();
        vendor = fixture.vendor(RegisterFixture.TAX_ID_A, "Certified Co.", "5");
        alice = RestClient.as(port, "alice");
    }

    @Test
    void aCertificateExpiryGivenAsANumberIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> response = alice.post("/api/vendors/" + vendor.getId() + "/certificates",
                "{\"type\":\"ISO_27001\",\"number\":\"C-1\",\"expiresOn\":20270101}");

        assertRefusedNaming(response, "expiresOn");
        assertThat(register.certificates(vendor.getId())).as("certificates").isEmpty();
    }

    @Test
    void anNdaValidUntilGivenAsANumberIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> response = alice.post("/api/vendors/" + vendor.getId() + "/ndas",
                "{\"reference\":\"NDA-1\",\"signedOn\":\"2024-01-01\",\"validUntil\":20270101}");

        assertRefusedNaming(response, "validUntil");
        assertThat(register.ndas(vendor.getId())).as("NDAs").isEmpty();
    }

    @Test
    void aServicePeriodEndGivenAsANumberIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> response = alice.post("/api/vendors/" + vendor.getId() + "/services",
                "{\"description\":\"Hosting\",\"criticality\":\"NORMAL\",\"annualSpend\":100000,"
                        + "\"periodStart\":\"2024-01-01\",\"periodEnd\":20270101}");

        assertRefusedNaming(response, "periodEnd");
        assertThat(register.services(vendor.getId())).as("services").isEmpty();
    }

    @ParameterizedTest(name = "expiresOn: {0}")
    @ValueSource(strings = {"[2027,1,1]", "{\"year\":2027,\"month\":1,\"day\":1}", "true", "20270101.5",
            "\"20270101\"", "\"2027/01/01\"", "\"2027-1-1\"", "\"01-01-2027\"", "\"2027-02-30\"", "\"2027-13-01\"",
            "\"+57467-08-27\"", "\"2027-01-01T00:00:00\"", "\" 2027-01-01\"", "\"\""})
    void aCertificateExpiryInAnyOtherShapeThanADateStringIsRefused(String value) throws Exception {
        HttpResponse<String> response = alice.post("/api/vendors/" + vendor.getId() + "/certificates",
                "{\"type\":\"ISO_27001\",\"number\":\"C-1\",\"expiresOn\":" + value + "}");

        assertRefusedNaming(response, "expiresOn");
        assertThat(register.certificates(vendor.getId())).as("certificates").isEmpty();
    }

    @Test
    void aDateStringIsAcceptedAndAnsweredAsADateString() throws Exception {
        HttpResponse<String> response = alice.post("/api/vendors/" + vendor.getId() + "/certificates",
                "{\"type\":\"ISO_27001\",\"number\":\"C-1\",\"expiresOn\":\"2027-01-01\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json.readTree(response.body()).path("expiresOn").asText()).isEqualTo("2027-01-01");
        assertThat(register.certificates(vendor.getId())).extracting(Certificate::getExpiresOn)
                .containsExactly(LocalDate.of(2027, 1, 1));
        assertThat(json.readTree(alice.get("/api/vendors/" + vendor.getId() + "/certificates").body())
                .path(0).path("expiresOn").asText()).isEqualTo("2027-01-01");
    }

    @Test
    void anOptionalDateMayBeNull() throws Exception {
        HttpResponse<String> response = alice.post("/api/vendors/" + vendor.getId() + "/ndas",
                "{\"reference\":\"NDA-1\",\"signedOn\":\"2024-01-01\",\"validUntil\":null}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    /** Engine REST reads dates with Camunda's own object mapper and format, which this does not change. */
    @Test
    void engineRestKeepsItsOwnDateFormat() throws Exception {
        HttpResponse<String> query = alice.post("/engine-rest/task",
                "{\"dueAfter\":\"2020-01-01T00:00:00.000+0000\",\"candidateGroup\":\"procurement\"}");

        assertThat(query.statusCode()).as(query.body()).isEqualTo(200);
        assertThat(json.readTree(query.body()).isArray()).isTrue();
    }

    /** Every date of every {@code /api} request body, found from the application's handlers. */
    @Test
    void everyDateOfEveryRequestBodyRefusesANumberNamingTheField() {
        List<DateField> dates = new ArrayList<>();
        mappings.getHandlerMethods().values().stream()
                .flatMap(method -> Stream.of(method.getMethodParameters()))
                .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
                .map(MethodParameter::getParameterType)
                .distinct()
                .forEach(body -> collectDates(body, body, "", "%s", dates));

        assertThat(dates).extracting(DateField::toString).as("the dates of the request bodies").contains(
                "NewCertificate.expiresOn", "NewNda.signedOn", "NewNda.validUntil", "ServiceProfile.periodStart",
                "ServiceProfile.periodEnd", "NewChange.effectiveOn", "ConsentRequest.consentedOn",
                "WithdrawalRequest.withdrawnOn");
        for (DateField date : dates) {
            JsonMappingException refusal = catchThrowableOfType(JsonMappingException.class,
                    () -> applicationJson.readValue(date.json().formatted("20270101"), date.body()));
            assertThat(refusal).as(date + " given as a number").isNotNull();
            assertThat(refusal.getPath().stream()
                    .map(step -> step.getFieldName() != null ? step.getFieldName() : "[" + step.getIndex() + "]")
                    .collect(Collectors.joining("."))).as(date.toString()).isEqualTo(date.path());
        }
    }

    /** A date inside a request body: the JSON that sets it ({@code %s} for its value) and its path. */
    record DateField(Class<?> body, String path, String json) {
        @Override
        public String toString() {
            return body.getSimpleName() + "." + path;
        }
    }

    private static void collectDates(Class<?> body, Class<?> type, String path, String json, List<DateField> dates) {
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            String componentPath = path.isEmpty() ? name : path + "." + name;
            if (component.getType() == LocalDate.class) {
                dates.add(new DateField(body, componentPath, json.formatted("{\"" + name + "\":%s}")));
            } else if (component.getType().isRecord()) {
                collectDates(body, component.getType(), componentPath,
                        json.formatted("{\"" + name + "\":%s}"), dates);
            } else if (List.class.isAssignableFrom(component.getType())
                    && component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                collectDates(body, element, componentPath + ".[0]", json.formatted("{\"" + name + "\":[%s]}"),
                        dates);
            }
        }
    }

    private void assertRefusedNaming(HttpResponse<String> response, String field) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("errors").path(0).path("field").asText()).as(response.body()).isEqualTo(field);
        assertThat(body.path("errors").path(0).path("message").asText()).as(response.body()).contains("yyyy-MM-dd");
        assertThat(body.path("message").asText()).as(response.body()).contains(field).contains("yyyy-MM-dd");
    }
}
