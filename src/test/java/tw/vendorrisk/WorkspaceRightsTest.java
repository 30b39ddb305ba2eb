package tw.vendorrisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tw.vendorrisk.common.AllowedGroups;

/**
 * A page offers a form or a button to exactly the groups the {@code /api} handler doing the same thing
 * lets through: the groups a page checks are the handler's {@link AllowedGroups}.
 */
class WorkspaceRightsTest {

    @ParameterizedTest(name = "{0}.{1} = {2}.{3}")
    @CsvSource({
            "tw.vendorrisk.register.VendorPagesController, REGISTER_VENDOR, tw.vendorrisk.register.RegisterController, registerVendor",
            "tw.vendorrisk.register.VendorPage, ADD_CERTIFICATE, tw.vendorrisk.register.RegisterController, addCertificate",
            "tw.vendorrisk.register.VendorPage, RECORD_NDA, tw.vendorrisk.register.RegisterController, recordNda",
            "tw.vendorrisk.register.VendorPage, ADD_SERVICE, tw.vendorrisk.register.RegisterController, addExistingService",
            "tw.vendorrisk.register.VendorPage, RECORD_ARRANGEMENT, tw.vendorrisk.register.RegisterController, recordArrangement",
            "tw.vendorrisk.termination.TerminationVendorSection, ADD_ASSET, tw.vendorrisk.termination.InformationAssetController, registerForService",
            "tw.vendorrisk.termination.TerminationVendorSection, TERMINATE, tw.vendorrisk.termination.TerminationController, start",
            "tw.vendorrisk.change.ChangeVendorSection, REPORT_CHANGE, tw.vendorrisk.change.ChangeController, report",
            "tw.vendorrisk.contract.DocumentsVendorSection, DOWNLOAD, tw.vendorrisk.contract.ContractCheckController, document",
            "tw.vendorrisk.reporting.EvidenceVendorSection, DOWNLOAD, tw.vendorrisk.reporting.EvidenceController, evidence",
    })
    void thePageOffersTheFormToTheGroupsOfTheApiHandler(String page, String field, String controller, String handler)
            throws ReflectiveOperationException {
        Field groups = Class.forName(page).getDeclaredField(field);
        groups.setAccessible(true);
        Method method = Arrays.stream(Class.forName(controller).getDeclaredMethods())
                .filter(m -> m.getName().equals(handler)).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<String> offeredTo = (List<String>) groups.get(null);
        assertThat(offeredTo).containsExactlyInAnyOrder(method.getAnnotation(AllowedGroups.class).value());
    }
}
