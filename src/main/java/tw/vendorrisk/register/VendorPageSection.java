package tw.vendorrisk.register;

import java.util.Map;

/**
 * A part of the vendor page ({@code /vendors/{id}}) that another feature owns: the selection decisions,
 * the oversight timeline, access grants, changes, terminations and information assets, documents, the
 * evidence pack. The feature reads its own records for the vendor and draws them with its own template,
 * whose fragment {@code section(data)} gets what {@link #data} returns; the actions it offers (a form, a
 * button that starts a process) are its own too. The register draws the vendor itself, its certificates,
 * NDAs, services, contracts and open tasks, and then each section in {@link #order}.
 */
public interface VendorPageSection {

    /** Where the section stands on the page: lower first. */
    int order();

    /**
     * The ID of the section's element on the page, which the page's table of contents links to; the
     * bundle names it under {@code <anchor>.title}.
     */
    String anchor();

    /** The template holding the fragment {@code section(data)}, e.g. {@code oversight/vendor-section}. */
    String template();

    /** What the section shows of this vendor to this user; null leaves the section out for this user. */
    Object data(VendorPageContext context);

    /**
     * The empty forms the section's fragment binds, by model attribute name. A form the user sent back
     * with errors is in the model already and stays.
     */
    default Map<String, Object> forms(VendorPageContext context) {
        return Map.of();
    }
}
