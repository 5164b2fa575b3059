package dev.switchboard.server.usage;

import java.util.List;

/**
 * CSV as RFC 4180 writes it: CRLF line ends, a field with a comma, quote or line break quoted
 * (quotes doubled). A text cell that a spreadsheet would run as a formula (=, +, -, @, tab or CR
 * first) gets a leading apostrophe: model names come from clients.
 */
final class Csv {
    private final StringBuilder out = new StringBuilder();

    Csv(List<String> header) {
        row(header.toArray(new Object[0]));
    }

    /** One line: numbers as they are, anything else as text. */
    Csv row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            final Object c = cells[i];
            out.append(c instanceof Number || c instanceof Boolean ? c.toString() : text(String.valueOf(c)));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String text(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = '\'' + v;
        }
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
