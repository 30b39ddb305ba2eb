package tw.vendorrisk.register;

/**
 * How hard the vendor is to replace, in the closed set of the EU DORA Register of Information
 * (B_07.01.0050), so that a group reporting there maps once.
 */
public enum Substitutability {
    NOT_SUBSTITUTABLE("Not substitutable"),
    HIGHLY_COMPLEX("Highly complex substitutability"),
    MEDIUM_COMPLEXITY("Medium complexity in terms of substitutability"),
    EASILY_SUBSTITUTABLE("Easily substitutable");

    private final String doraLabel;

    Substitutability(String doraLabel) {
        this.doraLabel = doraLabel;
    }

    /** The option's wording in the DORA template. */
    public String doraLabel() {
        return doraLabel;
    }

    /** DORA asks why (B_07.01.0060) for a vendor that cannot, or only with great effort, be replaced. */
    public boolean needsReason() {
        return this == NOT_SUBSTITUTABLE || this == HIGHLY_COMPLEX;
    }
}
