package tw.vendorrisk.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.register.ConcentrationWatch;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.ServiceTotals;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.register.VendorRepository;
import tw.vendorrisk.register.VendorServiceTotals;

/**
 * The organization's concentration on its vendors now (4.1.c): each vendor's shares of the services in
 * use (selected or active) by count, by annual spend and among critical services, and its market share,
 * judged by the decision table {@code concentration-thresholds}. The same figures as a selection's,
 * without a service under selection.
 * <p>
 * <b>Many vendors, few findings.</b> The figures of every vendor come from one grouped query. The table
 * is then asked about groups of vendors at once: about the highest share of each kind in the group. If
 * that finds nothing, no vendor of the group can be found too concentrated, because the thresholds are
 * lower bounds (a higher share never makes a vendor less concentrated; the table's tests check that it
 * stays so). Otherwise the group is halved, down to single vendors. With the vendors ordered by their
 * highest share, a register of 10 000 vendors with a handful of concentrated ones takes about a hundred
 * evaluations instead of 10 000. A vendor with nothing in use and no market share has no share to be
 * concentrated by.
 */
@Service
@Transactional(readOnly = true)
public class ConcentrationOverview implements ConcentrationWatch {

    /** A vendor's figures now and what the table finds too high. */
    public record VendorConcentration(Long vendorId, String vendorName, ConcentrationFigures figures,
            List<String> findings) {

        public boolean tooHigh() {
            return !findings.isEmpty();
        }
    }

    private record Candidate(Long vendorId, ConcentrationFigures figures) {
    }

    private static final ServiceTotals NOTHING = new ServiceTotals(0, BigDecimal.ZERO, 0);

    private final RegisterService register;
    private final VendorRepository vendors;
    private final ConcentrationThresholds thresholds;

    ConcentrationOverview(RegisterService register, VendorRepository vendors, ConcentrationThresholds thresholds) {
        this.register = register;
        this.vendors = vendors;
        this.thresholds = thresholds;
    }

    /** The vendors whose concentration is too high now, the highest share first. */
    public List<VendorConcentration> tooConcentrated() {
        List<Candidate> candidates = candidates();
        List<Candidate> found = new ArrayList<>();
        List<List<String>> findings = new ArrayList<>();
        narrowDown(candidates, 0, candidates.size(), thresholds.latest(), found, findings);
        Map<Long, String> names = new HashMap<>();
        if (!found.isEmpty()) {
            vendors.marketShares(found.stream().map(Candidate::vendorId).toList())
                    .forEach(share -> names.put(share.vendorId(), share.name()));
        }
        List<VendorConcentration> result = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Candidate vendor = found.get(i);
            result.add(new VendorConcentration(vendor.vendorId(), names.get(vendor.vendorId()), vendor.figures(),
                    findings.get(i)));
        }
        return result;
    }

    @Override
    public Set<Long> vendorsTooConcentrated() {
        Set<Long> ids = new LinkedHashSet<>();
        tooConcentrated().forEach(vendor -> ids.add(vendor.vendorId()));
        return ids;
    }

    /** One vendor's figures now, with the table's findings. */
    public VendorConcentration of(Vendor vendor) {
        ConcentrationFigures figures = ConcentrationFigures.of(register.concentrationTotals(null),
                register.concentrationTotals(vendor.getId()), vendor.getMarketSharePercent());
        return new VendorConcentration(vendor.getId(), vendor.getName(), figures, thresholds.latest().findings(figures));
    }

    /** Every vendor with a service in use or a market share, with its figures, the highest share first. */
    private List<Candidate> candidates() {
        List<VendorServiceTotals> perVendor = register.concentrationTotalsByVendor();
        ServiceTotals organization = sum(perVendor);
        Map<Long, ServiceTotals> inUse = new HashMap<>();
        perVendor.forEach(totals -> inUse.put(totals.vendorId(), totals.totals()));
        Map<Long, BigDecimal> shares = new HashMap<>();
        vendors.withMarketShare().forEach(share -> shares.put(share.vendorId(), share.percent()));
        Set<Long> ids = new LinkedHashSet<>(inUse.keySet());
        ids.addAll(shares.keySet());
        List<Candidate> candidates = new ArrayList<>(ids.size());
        for (Long id : ids) {
            candidates.add(new Candidate(id, ConcentrationFigures.of(organization, inUse.getOrDefault(id, NOTHING),
                    shares.get(id))));
        }
        candidates.sort(Comparator.comparing((Candidate c) -> c.figures().highestShare()).reversed()
                .thenComparing(Candidate::vendorId));
        return candidates;
    }

    private static ServiceTotals sum(List<VendorServiceTotals> perVendor) {
        long count = 0;
        long critical = 0;
        BigDecimal spend = BigDecimal.ZERO;
        for (VendorServiceTotals totals : perVendor) {
            count += totals.count();
            critical += totals.critical();
            spend = spend.add(totals.spend());
        }
        return new ServiceTotals(count, spend, critical);
    }

    /** Adds the too concentrated vendors of {@code candidates[from, to)}, and their findings, in order. */
    private static void narrowDown(List<Candidate> candidates, int from, int to, ConcentrationThresholds.Table table,
            List<Candidate> found, List<List<String>> findings) {
        if (from >= to) {
            return;
        }
        ConcentrationFigures highest = candidates.get(from).figures();
        for (int i = from + 1; i < to; i++) {
            highest = highest.atLeast(candidates.get(i).figures());
        }
        List<String> groupFindings = table.findings(highest);
        if (groupFindings.isEmpty()) {
            return;
        }
        if (to - from == 1) {
            found.add(candidates.get(from));
            findings.add(groupFindings);
            return;
        }
        int middle = (from + to) >>> 1;
        narrowDown(candidates, from, middle, table, found, findings);
        narrowDown(candidates, middle, to, table, found, findings);
    }
}
