package tw.vendorrisk.contract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Decodes a plain-text contract: UTF-8 (with or without byte order mark), UTF-16 with a byte order
 * mark or recognisably without one, and Big5 (code page 950, the legacy Traditional Chinese encoding).
 * Text is accepted only when nearly all of it is ASCII, Chinese characters or their punctuation.
 */
final class PlainTextDecoder {

    private static final Charset BIG5 = Charset.forName("x-windows-950");
    private static final double PLAUSIBLE = 0.9;

    private PlainTextDecoder() {
    }

    /** The text, or empty when the content is binary or in none of the supported encodings. */
    static Optional<String> decode(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return strict(content, 3, StandardCharsets.UTF_8).filter(PlainTextDecoder::isText);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return strict(content, 2, StandardCharsets.UTF_16LE).filter(PlainTextDecoder::isText);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return strict(content, 2, StandardCharsets.UTF_16BE).filter(PlainTextDecoder::isText);
        }
        List<Charset> candidates = hasNul(content) ? List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)
                : List.of(StandardCharsets.UTF_8, BIG5);
        for (Charset charset : candidates) {
            Optional<String> text = strict(content, 0, charset).filter(PlainTextDecoder::isText);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> strict(byte[] content, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Mostly letters, digits, CJK, punctuation and white space; no NUL or other control characters. */
    private static boolean isText(String text) {
        if (text.isEmpty()) {
            return false;
        }
        long plausible = text.codePoints().filter(PlainTextDecoder::isPlausible).count();
        boolean controls = text.codePoints().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
        return !controls && plausible >= PLAUSIBLE * text.codePointCount(0, text.length());
    }

    /** ASCII, Chinese characters and the punctuation and symbols that Chinese text uses. */
    private static boolean isPlausible(int c) {
        return (c >= 0x20 && c < 0x7F) || Character.isWhitespace(c)
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2000 && c <= 0x206F)
                || (c >= 0x3100 && c <= 0x312F) || (c >= 0x2460 && c <= 0x24FF) || (c >= 0x2190 && c <= 0x22FF)
                || (c >= 0x2500 && c <= 0x25FF) || (c >= 0xA0 && c <= 0xFF) || c == 0xFEFF || c == 0x00B7;
    }

    /** UTF-16 text has NUL bytes (the high byte of ASCII characters); UTF-8 and Big5 text has none. */
    private static boolean hasNul(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
