package tw.vendorrisk.register;

public enum SelectionOutcome {
    SELECTED, NOT_SELECTED
}
