package tw.vendorrisk.contract;

/**
 * A part of the contract page ({@code /contracts/{id}}) that another feature owns: the oversight
 * schedule, access grants, changes, the termination, the cross-border arrangement. The feature reads its
 * own records of the contract and draws them with its own template, whose fragment {@code section(data)}
 * gets what {@link #data} returns. The contract feature draws the contract, its clause check and its
 * documents, then each section in {@link #order}.
 */
public interface ContractPageSection {

    /** Where the section stands on the page: lower first. */
    int order();

    /** The template holding the fragment {@code section(data)}, e.g. {@code oversight/contract-section}. */
    String template();

    /** What the section shows of this contract to this user. */
    Object data(ContractPageContext context);
}
