package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.vendorrisk.contract.ContractSigningProcess;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.ServiceProfile;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.support.DatabaseSnapshot;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.AppTest;

/**
 * Uploaded files: where they are kept, and what is too large.
 * <ul>
 * <li>A contract uploaded in contract signing is kept in the register ({@code contract_document}), not in
 * the engine: no process variable and no history row holds its content, and nothing is written to disk.</li>
 * <li>A 200 MB upload, streamed from a small buffer (the test never holds it), to every address that takes
 * a file or a large body is refused with 413 after the server has read little more than its limit, the
 * heap no fuller afterwards, nothing written. The pom runs this class in a JVM of its own with
 * {@code -Xmx256m}, where holding the upload would end in an OutOfMemoryError.</li>
 * </ul>
 */
@AppTest
class UploadedFilesTest {

    static final long UPLOAD = 200L * 1024 * 1024;
    static final String BOUNDARY = "----vendor-risk-oversized";

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired RegisterService register;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired DatabaseSnapshot database;

    @Autowired org.camunda.bpm.engine.HistoryService historyService;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    String uploadTaskId;

    @BeforeEach
    void setUp() {
        fixture.reset();
        Vendor vendor = fixture.vendor(RegisterFixture.TAX_ID_A, "Certified Co.", "5");
        Long serviceId = register.addService(vendor.getId(), new ServiceProfile("Document scanning", false, false, true,
                false, Criticality.NORMAL, new BigDecimal("300000"), null, null), ServiceStatus.ACTIVE).getId();
        String contract = runtimeService.startProcessInstanceByKey(ContractSigningProcess.KEY,
                Map.of(ContractSigningProcess.Variables.SERVICE_ID.name(), serviceId)).getId();
        uploadTaskId = taskService.createTaskQuery().processInstanceId(contract).singleResult().getId();
    }

    @org.junit.jupiter.api.Test
    void anUploadedContract_isKeptInTheRegisterOnly() throws Exception {
        byte[] contract = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src", "test", "resources", "contracts",
                "sample-contract.zh-TW.txt"));
        String processInstanceId = taskService.createTaskQuery().taskId(uploadTaskId).singleResult().getProcessInstanceId();

        java.net.http.HttpResponse<String> upload = RestClient.as(port, "alice").post("/engine-rest/task/" + uploadTaskId
                + "/complete", BadInputTest.draft("contract.txt", "text/plain", contract));

        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(204);
        String sha256 = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(contract));
        assertThat(jdbc.queryForObject("select count(*) from contract_document where sha256 = ?", Integer.class, sha256))
                .isEqualTo(1);
        assertThat(runtimeService.getVariable(processInstanceId, ContractSigningProcess.Variables.CONTRACT_DRAFT)).isNull();
        var history = historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(ContractSigningProcess.Variables.CONTRACT_DRAFT).includeDeleted().singleResult();
        assertThat(history.getState()).isEqualTo("DELETED");
        assertThat((Object) history.getValue()).as("no content in the engine's history").isNull();
        var details = historyService.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates()
                .list().stream().map(detail -> (org.camunda.bpm.engine.history.HistoricVariableUpdate) detail)
                .filter(detail -> detail.getVariableName().equals(ContractSigningProcess.Variables.CONTRACT_DRAFT))
                .toList();
        assertThat(details).as("history records the upload").isNotEmpty();
        assertThat(details).anySatisfy(detail -> assertThat(((org.camunda.bpm.engine.variable.value.FileValue)
                detail.getTypedValue()).getFilename()).isEqualTo("contract.txt"));
        for (var detail : details) {
            var file = (org.camunda.bpm.engine.variable.value.FileValue) detail.getTypedValue();
            java.io.InputStream content = file == null ? null : file.getValue();
            assertThat(content == null ? new byte[0] : content.readAllBytes()).as("content in history").isEmpty();
        }
        for (String user : new String[] {"olivia", "admin"}) {
            java.net.http.HttpResponse<String> data = RestClient.as(port, user)
                    .get("/engine-rest/history/detail/" + details.get(0).getId() + "/data", "*/*");
            assertThat(data.body()).as(user).isEmpty();
        }
    }

    /** What is sent: where, as what, and the bytes around the 200 MB of content. */
    record Upload(String name, String path, String contentType, String before, String after, boolean chunked) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> uploads() {
        String multipart = "multipart/form-data; boundary=" + BOUNDARY;
        String filePart = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"contract.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n";
        String end = "\r\n--" + BOUNDARY + "--\r\n";
        String startJson = "{\"variables\":{\"serviceDescription\":{\"value\":\"";
        return Stream.of(
                Arguments.of(new Upload("clause check, multipart with its length", "/api/contract-checks?category=1",
                        multipart, filePart.formatted("file"), end, false)),
                Arguments.of(new Upload("clause check, multipart chunked", "/api/contract-checks?category=1",
                        multipart, filePart.formatted("file"), end, true)),
                Arguments.of(new Upload("clause check, text body chunked", "/api/contract-checks?category=1",
                        "text/plain; charset=UTF-8", "", "", true)),
                Arguments.of(new Upload("engine REST file variable, multipart with its length",
                        "/engine-rest/task/{task}/variables/contractDraft/data", multipart, filePart.formatted("data"),
                        end, false)),
                Arguments.of(new Upload("engine REST file variable, multipart chunked",
                        "/engine-rest/task/{task}/variables/contractDraft/data", multipart, filePart.formatted("data"),
                        end, true)),
                Arguments.of(new Upload("engine REST start, JSON chunked",
                        "/engine-rest/process-definition/key/vendor-selection/start", "application/json", startJson,
                        "\"}}}", true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uploads")
    void isRefusedWith413_afterReadingLittleMoreThanTheLimit(Upload upload) throws Exception {
        Map<String, Integer> tablesBefore = database.take();
        long heapBefore = heapAfterGc();

        Outcome outcome = send(upload.path().replace("{task}", uploadTaskId), upload);
        long heapGrowth = heapAfterGc() - heapBefore;
        System.out.printf("%s: %d after %d MB sent; heap in use after GC %d MB (%+d MB), max %d MB%n", upload.name(),
                outcome.status(), outcome.bytesSent() / (1024 * 1024), (heapBefore + heapGrowth) / (1024 * 1024),
                heapGrowth / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));

        assertThat(outcome.status()).as(outcome.response()).isEqualTo(413);
        assertThat(outcome.response()).contains("MB").containsIgnoringCase("X-Content-Type-Options: nosniff")
                .containsIgnoringCase("Content-Security-Policy:");
        assertThat(outcome.bytesSent()).as("bytes sent before the answer").isLessThan(64L * 1024 * 1024);
        assertThat(heapGrowth).as("heap growth").isLessThan(32L * 1024 * 1024);
        assertThat(database.take()).isEqualTo(tablesBefore);
        assertThat(RestClient.as(port, "alice").get("/api/vendors").statusCode()).as("the app still answers")
                .isEqualTo(200);
    }

    record Outcome(int status, String response, long bytesSent) {
    }

    /**
     * Sends the request over a plain socket, 64 KB at a time, and stops when the answer has come or the
     * server closes the connection, as a browser does. A second thread reads the answer meanwhile.
     */
    Outcome send(String path, Upload upload) throws Exception {
        byte[] before = upload.before().getBytes(StandardCharsets.UTF_8);
        byte[] after = upload.after().getBytes(StandardCharsets.UTF_8);
        long length = before.length + UPLOAD + after.length;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> readAnswer(socket));
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                    + "Authorization: Basic " + Base64.getEncoder().encodeToString(("alice:" + RestClient.DEMO_PASSWORD)
                            .getBytes(StandardCharsets.UTF_8)) + "\r\n"
                    + "Content-Type: " + upload.contentType() + "\r\nAccept: application/json\r\n"
                    + (upload.chunked() ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + length + "\r\n")
                    + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            long sent = 0;
            byte[] block = new byte[64 * 1024];
            java.util.Arrays.fill(block, (byte) 'x');
            try {
                sent += write(out, before, before.length, upload.chunked());
                while (sent < before.length + UPLOAD && !answer.isDone()) {
                    int size = (int) Math.min(block.length, before.length + UPLOAD - sent);
                    sent += write(out, block, size, upload.chunked());
                }
                if (!answer.isDone()) {
                    sent += write(out, after, after.length, upload.chunked());
                    if (upload.chunked()) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                }
            } catch (IOException closedByTheServer) {
                // the server answered and closed the connection while the body was still coming
            }
            String response = answer.get(60, TimeUnit.SECONDS);
            int status = Integer.parseInt(response.substring(9, 12));
            return new Outcome(status, response, sent);
        }
    }

    private static long write(OutputStream out, byte[] data, int length, boolean chunked) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (chunked) {
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(data, 0, length);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return length;
    }

    /** The status line, headers and the start of the body, as far as the server sent them. */
    private static String readAnswer(Socket socket) {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            int n;
            while (answer.size() < 16_384 && (n = in.read(buffer)) > 0) {
                answer.write(buffer, 0, n);
                String text = answer.toString(StandardCharsets.UTF_8);
                int headEnd = text.indexOf("\r\n\r\n");
                if (headEnd > 0 && text.indexOf('}', headEnd) > 0) {
                    break;
                }
            }
        } catch (IOException e) {
            // connection reset after the answer: what was read is the answer
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
