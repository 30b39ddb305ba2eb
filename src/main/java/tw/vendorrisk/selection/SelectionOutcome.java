package tw.vendorrisk.selection;

public enum SelectionOutcome {
    SELECTED, NOT_SELECTED
}
