package dev.leadscope.domain.lead;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a free-text job title into folded word tokens: lower case, accents removed ("Geschäftsführer" becomes
 * "geschaftsfuhrer"), letters joined across dots, ampersands and slashes ("V.P." becomes "vp", "R&D" becomes
 * "rd"), e-mail addresses dropped, and "@" kept as a token of its own because it introduces a company name.
 * The work is capped: at most {@link #MAX_SCAN} characters are read, {@link #MAX_TOKENS} tokens kept, and no
 * token grows past {@link #MAX_TOKEN_LENGTH} characters.
 */
final class TitleTokenizer {
    static final int MAX_SCAN = 600;
    static final int MAX_TOKENS = 40;
    /** Longer words and joined abbreviations are cut: no title word is anywhere near this long. */
    static final int MAX_TOKEN_LENGTH = 40;
    static final String AT = "@";

    private static final int FOLD_LIMIT = 0x250;
    private static final String[] FOLD = new String[FOLD_LIMIT];

    static {
        for (char c = 0xC0; c < FOLD_LIMIT; c++) {
            FOLD[c] = foldOf(c);
        }
        FOLD[0xDF] = "ss";
        FOLD[0xC6] = "ae";
        FOLD[0xE6] = "ae";
        FOLD[0x152] = "oe";
        FOLD[0x153] = "oe";
        FOLD[0xD8] = "o";
        FOLD[0xF8] = "o";
        FOLD[0x141] = "l";
        FOLD[0x142] = "l";
        FOLD[0x110] = "d";
        FOLD[0x111] = "d";
        FOLD[0xD0] = "d";
        FOLD[0xF0] = "d";
        FOLD[0xDE] = "th";
        FOLD[0xFE] = "th";
        FOLD[0x131] = "i";
    }

    private TitleTokenizer() {
    }

    private static String foldOf(char c) {
        if (!Character.isLetter(c)) {
            return null;
        }
        StringBuilder out = new StringBuilder(2);
        for (char d : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toCharArray()) {
            if (Character.getType(d) != Character.NON_SPACING_MARK) {
                out.append(Character.toLowerCase(d));
            }
        }
        String folded = out.toString().toLowerCase(Locale.ROOT);
        return folded.isEmpty() ? null : folded;
    }

    /** The tokens of {@code title}, which must not be null. */
    static List<String> tokens(String title) {
        Scan scan = new Scan();
        int end = Math.min(title.length(), MAX_SCAN);
        int i = 0;
        while (i < end && scan.tokens.size() < MAX_TOKENS) {
            if (isSpace(title.charAt(i))) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < end && !isSpace(title.charAt(runEnd))) {
                runEnd++;
            }
            if (isEmail(title, i, runEnd)) {
                scan.flush();
                scan.blocked = true;
            } else {
                for (int k = i; k < runEnd && scan.tokens.size() <= MAX_TOKENS; k++) {
                    scan.accept(title.charAt(k));
                }
                scan.flush();
            }
            i = runEnd;
        }
        scan.flush();
        return scan.tokens.size() > MAX_TOKENS ? scan.tokens.subList(0, MAX_TOKENS) : scan.tokens;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Whether the run {@code [from, to)} reads like name@domain.tld. */
    private static boolean isEmail(String s, int from, int to) {
        int at = -1;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '@' && at < 0) {
                at = k;
            } else if (c == '.' && at > from && k > at + 1 && k < to - 1) {
                return true;
            }
        }
        return false;
    }

    /** The state of one pass over a title. */
    private static final class Scan {
        final List<String> tokens = new ArrayList<>();
        final StringBuilder current = new StringBuilder();
        boolean joiner;
        boolean blocked;
        boolean lastIsLetterRun;

        void accept(char c) {
            if (current.length() >= MAX_TOKEN_LENGTH && Character.isLetterOrDigit(c)) {
                return;
            }
            if (c < 0x80) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    current.append(c);
                } else if (c >= 'A' && c <= 'Z') {
                    current.append((char) (c + ('a' - 'A')));
                } else {
                    separator(c);
                }
            } else if (c < FOLD_LIMIT) {
                String folded = FOLD[c];
                if (folded != null) {
                    current.append(folded);
                } else {
                    separator(c);
                }
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                return;
            } else if (Character.isLetterOrDigit(c)) {
                current.append(Character.toLowerCase(c));
            } else {
                separator(c);
            }
        }

        private void separator(char c) {
            flush();
            if (c == '.' || c == '&' || c == '/') {
                joiner = true;
            } else if (c == '@') {
                tokens.add(AT);
                lastIsLetterRun = false;
                blocked = true;
            } else {
                blocked = true;
            }
        }

        void flush() {
            if (current.length() == 0) {
                return;
            }
            String token = current.toString();
            current.setLength(0);
            boolean single = token.length() == 1 && Character.isLetter(token.charAt(0));
            int last = tokens.size() - 1;
            if (single && lastIsLetterRun && joiner && !blocked && tokens.get(last).length() < MAX_TOKEN_LENGTH) {
                tokens.set(last, tokens.get(last) + token);
            } else {
                tokens.add(token);
                lastIsLetterRun = single;
            }
            joiner = false;
            blocked = false;
        }
    }
}
