package tw.vendorrisk.register;

/** Free text as the register stores it: at most 2000 characters, the rest marked as cut. */
final class Text {

    static final int MAX = 2000;

    private Text() {
    }

    static String limit(String text) {
        return text == null || text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
    }
}
