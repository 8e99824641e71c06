package dev.leadscope.rest.imports.run;

/** The few bits of JSON the report writer needs, without a mapper (it streams). */
final class Json {
    private Json() {
    }

    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    static String summary(ImportSummary summary) {
        StringBuilder sb = new StringBuilder("{\"read\":").append(summary.read()).append(",\"imported\":").append(summary.imported())
                .append(",\"unchanged\":").append(summary.unchanged()).append(",\"rejected\":").append(summary.rejected())
                .append(",\"filtered\":").append(summary.filtered()).append(",\"millis\":").append(summary.millis()).append(",\"sources\":[");
        for (int i = 0; i < summary.sources().size(); i++) {
            SourceSummary s = summary.sources().get(i);
            sb.append(i == 0 ? "" : ",").append("{\"source\":").append(quote(s.source())).append(",\"kind\":").append(quote(s.kind()))
                    .append(",\"file\":").append(quote(s.file())).append(",\"read\":").append(s.read()).append(",\"created\":")
                    .append(s.created()).append(",\"updated\":").append(s.updated()).append(",\"unchanged\":").append(s.unchanged())
                    .append(",\"rejected\":").append(s.rejected()).append(",\"filtered\":").append(s.filtered()).append(",\"millis\":").append(s.millis()).append('}');
        }
        return sb.append("]}").toString();
    }
}
