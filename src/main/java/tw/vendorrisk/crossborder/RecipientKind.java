package tw.vendorrisk.crossborder;

/** Who processes the data abroad (10.2): the foreign group's head office or one of its overseas branches. */
public enum RecipientKind {
    HEAD_OFFICE, OVERSEAS_BRANCH
}
