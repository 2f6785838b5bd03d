package org.smpng.ui.diagram.live;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;

/**
 * Writes charts as shown: a PNG of the charts' pixels (stacked top to bottom as the view stacks them), an SVG of the
 * same charts repainted as vectors with their on-screen geometry ({@link ChartSvg}), or a CSV of the data they
 * plot, one line per point. UI thread only (it reads the charts' widgets).
 */
public final class ChartExport {

    /** One plotted series: its legend name, x values (or category labels on a category axis) and y values. */
    public record Series(String name, List<String> x, List<Double> y) {
        public Series {
            x = List.copyOf(x);
            y = List.copyOf(y);
        }
    }

    /** One chart's title, axis titles and series. */
    public record Plot(String title, String xTitle, String yTitle, List<Series> series) {
        public Plot {
            series = List.copyOf(series);
        }
    }

    /**
     * A chart's data key for a {@link java.util.function.DoubleUnaryOperator} that turns a plotted x into the value
     * the CSV gives (for an axis drawn on a transformed scale, such as the latency percentiles' nines).
     */
    public static final String CSV_X = "org.smpng.ui.diagram.csvX";

    /** The CSV header: one line per plotted point. */
    public static final String CSV_HEADER = "chart,series,x axis,x,y axis,y";

    private ChartExport() {
    }

    /** What {@code charts} plot, series by series in their drawing order; hidden series are left out. */
    public static List<Plot> plots(List<Chart> charts) {
        List<Plot> plots = new ArrayList<>();
        for (Chart chart : charts) {
            IAxis xAxis = chart.getAxisSet().getXAxis(0), yAxis = chart.getAxisSet().getYAxis(0);
            String[] categories = xAxis.isCategoryEnabled() ? xAxis.getCategorySeries() : null;
            java.util.function.DoubleUnaryOperator toCsv = chart.getData(CSV_X) instanceof
                    java.util.function.DoubleUnaryOperator f ? f : null;
            List<Series> series = new ArrayList<>();
            for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
                if (!s.isVisible()) {
                    continue;
                }
                double[] xs = s.getXSeries(), ys = s.getYSeries();
                List<String> x = new ArrayList<>();
                List<Double> y = new ArrayList<>();
                for (int i = 0; i < ys.length; i++) {
                    x.add(categories != null && i < categories.length ? categories[i]
                            : number(toCsv == null ? xs[i] : toCsv.applyAsDouble(xs[i])));
                    y.add(ys[i]);
                }
                series.add(new Series(s.getId(), x, y));
            }
            plots.add(new Plot(chart.getTitle().getText(), xAxis.getTitle().getText(), yAxis.getTitle().getText(),
                    series));
        }
        return plots;
    }

    /** The CSV of {@code plots}: {@link #CSV_HEADER}, then one line per point, fields quoted as RFC 4180 says. */
    public static String csv(List<Plot> plots) {
        StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
        for (Plot p : plots) {
            for (Series s : p.series()) {
                for (int i = 0; i < s.y().size(); i++) {
                    b.append(field(p.title())).append(',').append(field(s.name())).append(',')
                            .append(field(p.xTitle())).append(',').append(field(s.x().get(i))).append(',')
                            .append(field(p.yTitle())).append(',').append(number(s.y().get(i))).append('\n');
                }
            }
        }
        return b.toString();
    }

    /** A CSV field: quoted (with doubled quotes) when it has a comma, quote or line break. */
    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** A number as plain decimal digits without exponent or trailing zeros ("4", "0.125"). */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /**
     * Writes {@code charts} to {@code file}, as PNG, SVG or CSV by its extension.
     *
     * @throws IOException when the file cannot be written, or its extension is none of .png, .svg and .csv
     */
    public static void write(List<Chart> charts, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            Files.writeString(file, csv(plots(charts)), StandardCharsets.UTF_8);
        } else if (name.endsWith(".png")) {
            png(charts, file);
        } else if (name.endsWith(".svg")) {
            Files.writeString(file, ChartSvg.of(charts), StandardCharsets.UTF_8);
        } else {
            throw new IOException(file.getFileName() + ": choose a file ending in .png (the picture), .svg (the"
                    + " picture as vectors) or .csv (the plotted numbers)");
        }
    }

    /** The charts' pixels as shown, stacked top to bottom, as a PNG. */
    private static void png(List<Chart> charts, Path file) throws IOException {
        int width = 1, height = 0;
        for (Chart c : charts) {
            Point size = c.getSize();
            width = Math.max(width, size.x);
            height += size.y;
        }
        if (height <= 0) {
            throw new IOException("the charts are not shown (zero height): open the view and try again");
        }
        Display display = charts.get(0).getDisplay();
        Image all = new Image(display, width, height);
        try {
            GC gc = new GC(all);
            try {
                gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(0, 0, width, height);
                int y = 0;
                for (Chart c : charts) {
                    Point size = c.getSize();
                    if (size.x > 0 && size.y > 0) {
                        Image one = new Image(display, size.x, size.y);
                        try {
                            c.renderOffscreenImage(one);
                            gc.drawImage(one, 0, y);
                        } finally {
                            one.dispose();
                        }
                    }
                    y += size.y;
                }
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {all.getImageData()};
            try {
                loader.save(file.toString(), SWT.IMAGE_PNG);
            } catch (SWTException e) {
                throw new IOException(e.getMessage(), e);
            }
        } finally {
            all.dispose();
        }
    }

    /**
     * The view toolbar's Export action: asks for a file (.png, .svg or .csv) and writes the charts {@code charts} returns
     * then; a failure is reported in a dialog naming the file and the reason.
     */
    static Action action(Shell shell, String what, java.util.function.Supplier<List<Chart>> charts) {
        Action export = new Action("Export " + what + "...") {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(shell, SWT.SAVE);
                dialog.setText("Export " + what);
                dialog.setFilterExtensions(new String[] {"*.png", "*.svg", "*.csv"});
                dialog.setFilterNames(new String[] {"PNG picture, as shown (*.png)", "SVG vector picture (*.svg)",
                        "CSV of the plotted data (*.csv)"});
                dialog.setOverwrite(true);
                String chosen = dialog.open();
                if (chosen == null) {
                    return;
                }
                Path file = Path.of(chosen);
                if (!file.getFileName().toString().contains(".")) {
                    file = Path.of(chosen + switch (dialog.getFilterIndex()) {
                    case 1 -> ".svg";
                    case 2 -> ".csv";
                    default -> ".png";
                    });
                }
                try {
                    write(charts.get(), file);
                } catch (IOException | RuntimeException e) {
                    MessageDialog.openError(shell, "Export " + what,
                            "Cannot write " + file + ": " + (e.getMessage() == null ? e : e.getMessage()));
                }
            }
        };
        export.setToolTipText("Export " + what + " as a PNG or SVG picture (as shown) or a CSV of the plotted numbers");
        export.setImageDescriptor(org.eclipse.jface.resource.ResourceLocator
                .imageDescriptorFromBundle("org.smpng.ui.diagram", "icons/export.png").orElse(null));
        return export;
    }
}
