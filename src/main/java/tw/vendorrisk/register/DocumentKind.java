package tw.vendorrisk.register;

public enum DocumentKind {
    CONTRACT_DRAFT, SIGNED_CONTRACT
}
