package tw.vendorrisk.selection;

/** The candidate vendor of a selection, as the register knows it. */
record CandidateVendor(Long serviceId, Long vendorId, String vendorName, int organizationCategory,
        boolean ndaOnFile) {
}
