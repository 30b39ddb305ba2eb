package tw.vendorrisk.common;

/** Free text as the register stores it: at most 2000 characters, the rest marked as cut. */
public final class Text {

    public static final int MAX = 2000;

    private Text() {
    }

    public static String limit(String text) {
        return text == null || text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
    }
}
