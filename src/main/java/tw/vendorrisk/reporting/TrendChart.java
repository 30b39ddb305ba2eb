package tw.vendorrisk.reporting;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The weekly trend of one process as an inline SVG, drawn on the server (no script, nothing
 * fetched): bars for the instances completed per week, a line for the median cycle time in days.
 */
final class TrendChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 190;
    private static final int LEFT = 44;
    private static final int RIGHT = 56;
    private static final int TOP = 16;
    private static final int BOTTOM = 34;
    private static final double DAY_MS = 86_400_000d;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM-dd");

    private TrendChart() {
    }

    static String svg(String processKey, String processName, List<CycleTimeReport.WeekFigures> weeks) {
        int n = Math.max(weeks.size(), 1);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = plotWidth / n;
        long maxCount = Math.max(1, weeks.stream().mapToLong(CycleTimeReport.WeekFigures::completed).max().orElse(1));
        double maxDays = weeks.stream().filter(week -> week.cycleTimeMedianMs() != null)
                .mapToDouble(week -> week.cycleTimeMedianMs() / DAY_MS).max().orElse(0);
        double dayScale = maxDays <= 0 ? 1 : maxDays;

        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg class=\"trend\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" data-process=\"").append(htmlEscape(processKey)).append("\">")
                .append("<title>").append(htmlEscape(processName))
                .append("：每週完成件數與週期時間中位數 completed per week and median cycle time</title>");
        // axes
        svg.append(line(LEFT, TOP, LEFT, TOP + plotHeight)).append(line(LEFT, TOP + plotHeight,
                LEFT + plotWidth, TOP + plotHeight)).append(line(LEFT + plotWidth, TOP, LEFT + plotWidth,
                        TOP + plotHeight));
        svg.append(text(LEFT - 6, TOP + 4, "end", Long.toString(maxCount)))
                .append(text(LEFT - 6, TOP + plotHeight, "end", "0"))
                .append(text(LEFT + plotWidth + 6, TOP + 4, "start", format(maxDays) + " d"))
                .append(text(LEFT + plotWidth + 6, TOP + plotHeight, "start", "0 d"));
        // bars: completed per week
        int labelEvery = Math.max(1, (int) Math.ceil(n / 12.0));
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < weeks.size(); i++) {
            CycleTimeReport.WeekFigures week = weeks.get(i);
            double x = LEFT + i * slot;
            double barHeight = plotHeight * week.completed() / maxCount;
            String tip = week.weekStart() + "：完成 completed " + week.completed() + "，開始 started " + week.started()
                    + (week.cycleTimeMedianMs() == null ? ""
                            : "，中位數 median " + format(week.cycleTimeMedianMs() / DAY_MS) + " d");
            svg.append("<rect class=\"bar\" x=\"").append(format(x + slot * 0.15)).append("\" y=\"")
                    .append(format(TOP + plotHeight - barHeight)).append("\" width=\"").append(format(slot * 0.7))
                    .append("\" height=\"").append(format(barHeight)).append("\" fill=\"#7aa6d6\"><title>")
                    .append(htmlEscape(tip)).append("</title></rect>");
            if (i % labelEvery == 0) {
                svg.append(text(x + slot / 2, HEIGHT - BOTTOM + 16, "middle", week.weekStart().format(LABEL)));
            }
            if (week.cycleTimeMedianMs() != null) {
                double y = TOP + plotHeight - plotHeight * (week.cycleTimeMedianMs() / DAY_MS) / dayScale;
                points.append(points.isEmpty() ? "" : " ").append(format(x + slot / 2)).append(',').append(format(y));
                svg.append("<circle class=\"median\" cx=\"").append(format(x + slot / 2)).append("\" cy=\"")
                        .append(format(y)).append("\" r=\"3\" fill=\"#d9822b\"><title>").append(htmlEscape(tip))
                        .append("</title></circle>");
            }
        }
        if (!points.isEmpty()) {
            svg.append("<polyline class=\"median-line\" fill=\"none\" stroke=\"#d9822b\" stroke-width=\"2\" points=\"")
                    .append(points).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return "<line x1=\"" + format(x1) + "\" y1=\"" + format(y1) + "\" x2=\"" + format(x2) + "\" y2=\""
                + format(y2) + "\" stroke=\"#999\"/>";
    }

    private static String text(double x, double y, String anchor, String text) {
        return "<text x=\"" + format(x) + "\" y=\"" + format(y) + "\" text-anchor=\"" + anchor
                + "\" font-size=\"11\" fill=\"#444\">" + htmlEscape(text) + "</text>";
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
