package tw.vendorrisk.register;

import java.util.Set;

/**
 * Which vendors the organization depends on too much now (4.1.c): the vendor list filters on it. The
 * selection feature, which owns the concentration figures and their thresholds, answers.
 */
public interface ConcentrationWatch {

    Set<Long> vendorsTooConcentrated();
}
