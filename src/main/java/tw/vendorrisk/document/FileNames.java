package tw.vendorrisk.document;

import java.util.regex.Pattern;

/**
 * The name an uploaded file is kept under, in the engine and in the register. The name a browser or
 * a script sends is the user's text, and engine REST writes it as given into the quoted
 * {@code filename="…"} of a download's {@code Content-Disposition}. A kept name therefore has
 * <ul>
 * <li>no line breaks or other control characters (they become a space), no invisible format
 * characters such as right-to-left overrides (removed);</li>
 * <li>no folders: only the part after the last {@code /} or {@code \};</li>
 * <li>no double quotes (removed);</li>
 * <li>single spaces, none at either end; {@value #NO_NAME} when nothing is left.</li>
 * </ul>
 * Letters and digits of every script (中文 included), punctuation and the extension stay as given.
 */
public final class FileNames {

    /** The name of a file whose name has nothing left. */
    public static final String NO_NAME = "file";

    private static final Pattern BREAKS_AND_CONTROLS = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]");
    private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private FileNames() {
    }

    /** The safe form of a file name; {@code null} stays {@code null}. Safe names are kept as they are. */
    public static String safe(String name) {
        if (name == null) {
            return null;
        }
        String safe = BREAKS_AND_CONTROLS.matcher(name).replaceAll(" ");
        safe = FORMAT_CHARACTERS.matcher(safe).replaceAll("");
        safe = safe.substring(Math.max(safe.lastIndexOf('/'), safe.lastIndexOf('\\')) + 1);
        safe = safe.replace("\"", "");
        safe = SPACES.matcher(safe).replaceAll(" ").strip();
        return safe.isEmpty() || safe.equals(".") || safe.equals("..") ? NO_NAME : safe;
    }
}
