package tw.vendorrisk.register;

/** How often the vendor submits service level reports (7.1.1.4, 12.2). */
public enum SlaReportFrequency {
    NONE(0), MONTHLY(1), QUARTERLY(3), SEMI_ANNUAL(6), ANNUAL(12);

    private final int months;

    SlaReportFrequency(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
