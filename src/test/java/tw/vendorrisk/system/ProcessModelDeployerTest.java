package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.vendorrisk.selection.VendorSelectionProcess;
import tw.vendorrisk.support.AppTest;

@AppTest
class ProcessModelDeployerTest {

    @Autowired ProcessModelDeployer deployer;
    @Autowired RepositoryService repositoryService;

    @Test
    void deploysEachProcessWithItsFormsUnderStableNames() {
        Deployment selection = repositoryService.createDeploymentQuery()
                .deploymentName(VendorSelectionProcess.KEY).singleResult();
        assertThat(repositoryService.getDeploymentResourceNames(selection.getId()))
                .contains(VendorSelectionProcess.RESOURCE, "forms/vendor-selection-request.form",
                        "forms/approve-concentration-exception.form")
                .allMatch(name -> name.startsWith("bpmn/") || name.startsWith("forms/"));
        Deployment decisions = repositoryService.createDeploymentQuery()
                .deploymentName(ProcessModelDeployer.DECISIONS_DEPLOYMENT).singleResult();
        assertThat(repositoryService.getDeploymentResourceNames(decisions.getId()))
                .containsExactlyInAnyOrderElementsOf(dmnFilesInModelFolder());
    }

    private static List<String> dmnFilesInModelFolder() {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.map(path -> "bpmn/" + path.getFileName()).filter(name -> name.endsWith(".dmn")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aRestartWithUnchangedModels_deploysNothingNew() {
        long before = repositoryService.createDeploymentQuery().count();

        assertThat(deployer.deployAll()).isEmpty();

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(VendorSelectionProcess.KEY)
                .latestVersion().singleResult().getVersion()).isEqualTo(1);
    }
}
