package tw.vendorrisk.register;

/** Why a contract is drawn up: a new arrangement, its renewal, or an amendment. */
public enum ContractPurpose {
    NEW, RENEWAL, AMENDMENT
}
