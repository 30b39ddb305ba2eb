package tw.vendorrisk.contract;

/**
 * What decides which Art. 7.1 clauses a contract must contain: the organization's category,
 * whether the service uses the cloud (7.1.4), and whether its scope includes system development,
 * maintenance or monitoring (7.1.3).
 */
public record Applicability(int organizationCategory, boolean cloud, boolean systemDevelopment) {
}
