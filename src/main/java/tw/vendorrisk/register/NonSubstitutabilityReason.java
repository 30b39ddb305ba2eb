package tw.vendorrisk.register;

/** Why a vendor is not, or hardly, substitutable: the closed set of DORA B_07.01.0060. */
public enum NonSubstitutabilityReason {
    NO_REAL_ALTERNATIVES("Lack of real alternatives"),
    MIGRATION_DIFFICULTIES("Difficulties in migrating or reintegrating"),
    BOTH("Lack of real alternatives and difficulties in migrating or reintegrating");

    private final String doraLabel;

    NonSubstitutabilityReason(String doraLabel) {
        this.doraLabel = doraLabel;
    }

    public String doraLabel() {
        return doraLabel;
    }
}
