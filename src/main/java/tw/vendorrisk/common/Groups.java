package tw.vendorrisk.common;

import java.util.List;

/** The groups staff belong to; candidate groups in the models use the same IDs. */
public final class Groups {

    public static final String PROCUREMENT = "procurement";
    public static final String INFOSEC = "infosec";
    public static final String LEGAL = "legal";
    public static final String PROJECT_LEADS = "project-leads";
    public static final String MANAGERS = "managers";
    public static final String PROCESS_OWNERS = "process-owners";
    public static final String ADMIN = "camunda-admin";

    /** Groups whose members work on tasks in the Tasklist. */
    public static final List<String> TASK_WORKERS = List.of(PROCUREMENT, INFOSEC, LEGAL, PROJECT_LEADS, MANAGERS);

    /** Groups whose members read the cycle-time report ({@code /reports/cycle-times}). */
    public static final List<String> REPORT_READERS = List.of(PROCESS_OWNERS, MANAGERS, ADMIN);

    public static final List<String> ALL = List.of(PROCUREMENT, INFOSEC, LEGAL, PROJECT_LEADS, MANAGERS, PROCESS_OWNERS, ADMIN);

    private Groups() {
    }

    public static String nameOf(String groupId) {
        return switch (groupId) {
            case PROCUREMENT -> "採購 Procurement";
            case INFOSEC -> "資訊安全 Information security";
            case LEGAL -> "法務 Legal";
            case PROJECT_LEADS -> "專案負責人 Project leads";
            case MANAGERS -> "主管 Managers";
            case PROCESS_OWNERS -> "流程負責人 Process owners";
            case ADMIN -> "系統管理 Administrators";
            default -> groupId;
        };
    }
}
