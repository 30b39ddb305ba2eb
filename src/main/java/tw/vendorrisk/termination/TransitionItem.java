package tw.vendorrisk.termination;

/**
 * The security requirements both sides follow when the service moves in-house or to another
 * vendor (13.2.1), each checked off in {@code Task_CheckTransitionRequirements} through its own
 * variable ({@code DONE} or {@code NOT_APPLICABLE}).
 */
public enum TransitionItem {
    DATA_MIGRATED("transitionDataMigrated", "資料已完整移轉或取回，傳輸時加密",
            "Data moved or taken back completely, encrypted in transit"),
    CREDENTIALS_CHANGED("transitionCredentialsChanged", "廠商知悉之帳號、密碼、金鑰與憑證已更換",
            "Accounts, passwords, keys and certificates the vendor knew are changed"),
    SUCCESSOR_ACCESS("transitionSuccessorAccess", "承接者之存取權限已依存取申請程序核給",
            "The successor's access is granted through the access request procedure"),
    SECURITY_REQUIREMENTS_AGREED("transitionSecurityRequirements", "承接者應遵循之資安要求已約定",
            "The security requirements the successor follows are agreed"),
    DOCUMENTATION_HANDED_OVER("transitionDocumentation", "系統文件、組態與操作手冊已移交",
            "System documentation, configuration and runbooks are handed over"),
    SERVICE_VERIFIED("transitionServiceVerified", "移轉後服務運作與監控已驗證",
            "The service runs and is monitored after the move"),
    LOGS_RETAINED("transitionLogsRetained", "稽核與存取紀錄已保存", "Audit and access logs are kept");

    private final String variable;
    private final String chinese;
    private final String english;

    TransitionItem(String variable, String chinese, String english) {
        this.variable = variable;
        this.chinese = chinese;
        this.english = english;
    }

    /** The process variable (and form key) that checks it off. */
    public String variable() {
        return variable;
    }

    public String label() {
        return chinese + " " + english;
    }
}
