package tw.vendorrisk.change;

/** The impact of a change on confidentiality, integrity or availability (Art. 11). */
public enum Impact {
    LOW, MEDIUM, HIGH
}
