package tw.vendorrisk.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.common.EngineClock;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.register.RegisterException;
import tw.vendorrisk.register.SlaReportFrequency;

/**
 * The recurring oversight of running contracts in the register: planned when the contract is
 * signed, opened when its timer fires, completed with its outcome and findings, and cancelled when
 * the contract ends.
 */
@Service
@Transactional
public class OversightService {

    /** Ad hoc audits are numbered from here, after any scheduled ones. */
    static final int AD_HOC_SEQUENCE_START = 1001;

    private final ContractRepository contracts;
    private final OversightActivityRepository activities;
    private final RemediationItemRepository remediations;
    private final OversightSchedule schedule;

    OversightService(ContractRepository contracts, OversightActivityRepository activities,
            RemediationItemRepository remediations, OversightSchedule schedule) {
        this.contracts = contracts;
        this.activities = activities;
        this.remediations = remediations;
        this.schedule = schedule;
    }

    /** What one opened activity needs on its tasks. */
    public record OpenedActivity(Long activityId, OversightKind kind, int sequenceNo, LocalDate periodStart,
            LocalDate periodEnd, Date dueAt, Date escalateAt, Long contractId, String vendorName,
            String serviceDescription) {
    }

    /**
     * Plans every audit, on-site review (when the vendor has staff on site) and SLA report (when
     * the contract sets a reporting frequency) over the contract's term. Planning twice plans nothing new.
     */
    public List<OversightActivity> plan(Long contractId) {
        Contract contract = contract(contractId);
        if (!contract.isRunning()) {
            throw RegisterException.invalid("contractId", "Contract " + contractId + " is " + contract.getStatus()
                    + ": oversight is planned for a signed contract.");
        }
        List<OversightActivity> planned = new ArrayList<>();
        for (OversightKind kind : OversightKind.values()) {
            if (!applies(kind, contract) || activities.countByContractIdAndKind(contractId, kind) > 0) {
                continue;
            }
            for (OversightSchedule.Slot slot : schedule.slots(kind, contract.getTermStart(), contract.getTermEnd(),
                    contract.getSlaReportFrequency())) {
                planned.add(activities.save(new OversightActivity(contract, kind, slot.sequenceNo(), false,
                        slot.periodStart(), slot.periodEnd(), slot.opensOn(), slot.dueOn())));
            }
        }
        return planned;
    }

    private static boolean applies(OversightKind kind, Contract contract) {
        return switch (kind) {
            case AUDIT -> true;
            case ONSITE_REVIEW -> Boolean.TRUE.equals(contract.getOnsiteStaff());
            case SLA_REPORT -> contract.getSlaReportFrequency() != null
                    && contract.getSlaReportFrequency() != SlaReportFrequency.NONE;
        };
    }

    /** The scheduled activities of one kind, in order: the oversight process waits for each. */
    @Transactional(readOnly = true)
    public List<Long> scheduledIds(Long contractId, OversightKind kind) {
        return activities.findByContractIdAndKindOrderBySequenceNo(contractId, kind).stream()
                .filter(activity -> !activity.isAdHoc() && activity.getStatus() == OversightStatus.SCHEDULED)
                .map(OversightActivity::getId).toList();
    }

    /** When an activity's tasks open: the start of its opening day. */
    @Transactional(readOnly = true)
    public Date opensAt(Long activityId) {
        return EngineClock.startOf(activity(activityId).getOpensOn());
    }

    /** An audit infosec starts outside the schedule (12.1), due in the given number of days. */
    public OversightActivity registerAdHocAudit(Long contractId, int dueInDays) {
        Contract contract = contract(contractId);
        if (!contract.isRunning()) {
            throw RegisterException.invalid("contractId", "Contract " + contractId + " is " + contract.getStatus()
                    + ": an audit is started for a signed, running contract.");
        }
        if (dueInDays < 1 || dueInDays > 365) {
            throw RegisterException.invalid("auditDueInDays", "An audit is due in 1 to 365 days, not " + dueInDays + ".");
        }
        LocalDate today = EngineClock.today();
        int sequenceNo = AD_HOC_SEQUENCE_START + (int) activities
                .findByContractIdAndKindOrderBySequenceNo(contractId, OversightKind.AUDIT).stream()
                .filter(OversightActivity::isAdHoc).count();
        return activities.save(new OversightActivity(contract, OversightKind.AUDIT, sequenceNo, true, today, today,
                today, today.plusDays(dueInDays)));
    }

    /** Opens the activity (its tasks start now); opening again returns the same. */
    public OpenedActivity open(Long activityId, String processInstanceId) {
        OversightActivity activity = activity(activityId);
        if (activity.getStatus() == OversightStatus.CANCELLED || activity.getStatus() == OversightStatus.DONE) {
            throw RegisterException.invalid("activityId", activity.getKind() + " " + activityId + " is "
                    + activity.getStatus() + " and cannot be opened.");
        }
        activity.open(processInstanceId, EngineClock.now());
        OversightSchedule.Rule rule = schedule.rule(activity.getKind());
        Contract contract = activity.getContract();
        return new OpenedActivity(activity.getId(), activity.getKind(), activity.getSequenceNo(),
                activity.getPeriodStart(), activity.getPeriodEnd(), EngineClock.startOf(activity.getDueOn()),
                EngineClock.startOf(activity.getDueOn().plusDays(rule.escalateDaysAfterDue())), contract.getId(),
                contract.getVendor().getName(), contract.getService().getDescription());
    }

    public void complete(Long activityId, String outcome, String summary, Long documentId, String user) {
        activity(activityId).complete(outcome, summary, documentId, user, EngineClock.now());
    }

    /**
     * Each finding becomes a remediation item due in the given days; a job run again finds the
     * items already there and adds none.
     */
    public List<Long> recordFindings(Long activityId, List<String> findings, int dueInDays) {
        OversightActivity activity = activity(activityId);
        List<RemediationItem> existing = remediations.findByActivityIdOrderBySequenceNo(activityId);
        if (!existing.isEmpty()) {
            return existing.stream().map(RemediationItem::getId).toList();
        }
        if (!findings.isEmpty() && (dueInDays < 1 || dueInDays > 365)) {
            throw RegisterException.invalid("remediationDueInDays",
                    "Remediation is due in 1 to 365 days, not " + dueInDays + ".");
        }
        LocalDate dueOn = EngineClock.today().plusDays(dueInDays);
        List<Long> ids = new ArrayList<>();
        int sequenceNo = 1;
        for (String finding : findings) {
            ids.add(remediations.save(new RemediationItem(activity, sequenceNo++, finding, dueOn)).getId());
        }
        return ids;
    }

    /** The remediation items of an activity, in order. */
    @Transactional(readOnly = true)
    public List<Long> remediationIds(Long activityId) {
        return remediations.findByActivityIdOrderBySequenceNo(activityId).stream().map(RemediationItem::getId).toList();
    }

    @Transactional(readOnly = true)
    public RemediationItem remediation(Long itemId) {
        return remediations.findById(itemId).orElseThrow(() -> RegisterException.notFound("Remediation item", itemId));
    }

    public void resolveRemediation(Long itemId, String resolution, String user) {
        remediation(itemId).resolve(resolution, user, EngineClock.now());
    }

    public void markRemediationEscalated(Long itemId) {
        remediation(itemId).markEscalated(EngineClock.now());
    }

    /** Cancels what is scheduled or open under a contract; returns how many. */
    /** The contract's activities still scheduled or open: those its end cancels. */
    @Transactional(readOnly = true)
    public int pendingCount(Long contractId) {
        return activities.findByContractIdAndStatusIn(contractId,
                List.of(OversightStatus.SCHEDULED, OversightStatus.OPEN)).size();
    }

    public int cancelAll(Long contractId) {
        int cancelled = 0;
        for (OversightActivity activity : activities.findByContractIdAndStatusIn(contractId,
                List.of(OversightStatus.SCHEDULED, OversightStatus.OPEN))) {
            cancelled += activity.cancel() ? 1 : 0;
        }
        return cancelled;
    }

    @Transactional(readOnly = true)
    public OversightActivity activity(Long activityId) {
        return activities.findById(activityId)
                .orElseThrow(() -> RegisterException.notFound("Oversight activity", activityId));
    }

    @Transactional(readOnly = true)
    public List<OversightActivity> activitiesOf(Long contractId) {
        return activities.findByContractIdOrderByKindAscSequenceNoAsc(contractId);
    }

    private Contract contract(Long contractId) {
        return contracts.findById(contractId).orElseThrow(() -> RegisterException.notFound("Contract", contractId));
    }
}
