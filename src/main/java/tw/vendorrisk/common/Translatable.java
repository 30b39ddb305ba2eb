package tw.vendorrisk.common;

/**
 * An exception whose English message has a translation: the key of the translation in
 * {@code messages_zh_TW.properties} and its arguments, so that {@code /api} can answer a caller in
 * Traditional Chinese. Without a key, or without the translation, the English message is shown.
 */
public interface Translatable {

    /** The key of the translation, {@code null} when the message has none. */
    String messageCode();

    /** The arguments of the translation, {0}, {1}, …; numbers as text, so that they are not formatted. */
    Object[] messageArguments();
}
