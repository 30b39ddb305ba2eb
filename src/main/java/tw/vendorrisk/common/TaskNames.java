package tw.vendorrisk.common;

/**
 * A user task's name as the Tasklist shows it: the step as the model names it, then what it is about,
 * e.g. {@code 追蹤缺失改善 Follow up the finding's remediation — 宏碁資訊 · 雲端主機代管}.
 */
public final class TaskNames {

    /** Between the step and its subject. */
    public static final String SEPARATOR = " — ";
    private static final String BETWEEN_VENDOR_AND_SERVICE = " · ";
    /** The engine keeps at most 255 characters of a task's name. */
    static final int MAX_LENGTH = 255;
    private static final int MAX_SERVICE_LENGTH = 60;

    private TaskNames() {
    }

    /** The vendor and, when known, the service: {@code 宏碁資訊 · 雲端主機代管}. */
    public static String subject(String vendorName, String service) {
        if (service == null || service.isBlank()) {
            return vendorName;
        }
        String shortService = service.strip().replaceAll("\\s+", " ");
        if (shortService.length() > MAX_SERVICE_LENGTH) {
            shortService = shortService.substring(0, MAX_SERVICE_LENGTH - 1) + "…";
        }
        return vendorName + BETWEEN_VENDOR_AND_SERVICE + shortService;
    }

    /** The step's name with its subject, cut to what the engine keeps. */
    public static String withSubject(String name, String subject) {
        String step = step(name);
        if (subject == null || subject.isBlank()) {
            return step;
        }
        String named = step + SEPARATOR + subject.strip();
        return named.length() <= MAX_LENGTH ? named : named.substring(0, MAX_LENGTH - 1) + "…";
    }

    /** The step alone, as the model names it (for reports that count tasks by step). */
    public static String step(String name) {
        if (name == null) {
            return null;
        }
        int at = name.indexOf(SEPARATOR);
        return at < 0 ? name : name.substring(0, at);
    }
}
