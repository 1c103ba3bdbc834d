package io.fundtrace.reports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds a font file that draws Chinese, for the charts (AWT) and the PDF (embedded subset). The
 * same file serves both so a chart and its PDF page agree. Without one the report stops: silent
 * boxes in a leadership report are worse than no report.
 */
public final class ChartFonts {
    private static final String SAMPLE = "月度财政扶贫资金动态监控情况报告支出进度时间进度预警万元亿元";
    private static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"));

    private final Path file;
    private final Font font;

    private ChartFonts(Path file, Font font) {
        this.file = file;
        this.font = font;
    }

    public static ChartFonts find() {
        String configured = System.getenv("FUNDTRACE_CJK_FONT");
        return find(configured == null || configured.isBlank() ? CANDIDATES : List.of(Path.of(configured)));
    }

    static ChartFonts find(List<Path> candidates) {
        for (Path candidate : candidates) {
            if (!Files.isRegularFile(candidate)) {
                continue;
            }
            try {
                Font font = Font.createFont(Font.TRUETYPE_FONT, candidate.toFile());
                if (font.canDisplayUpTo(SAMPLE) == -1) {
                    return new ChartFonts(candidate, font);
                }
            } catch (FontFormatException | IOException e) {
                // not a usable font file: try the next one
            }
        }
        throw new IllegalStateException("no font that can draw Chinese was found (looked for " + candidates
                + "); install the Debian package fonts-wqy-zenhei (apt-get install fonts-wqy-zenhei)"
                + " or set FUNDTRACE_CJK_FONT to a .ttf/.ttc file");
    }

    public Path file() {
        return file;
    }

    public Font font(float size) {
        return font.deriveFont(Font.PLAIN, size);
    }

    /** Stops the report when a label would be drawn as boxes. */
    public String checked(String label) {
        int missing = font.canDisplayUpTo(label);
        if (missing != -1) {
            throw new IllegalStateException("chart font " + file + " cannot draw '" + label.charAt(missing)
                    + "' in '" + label + "'; install the Debian package fonts-wqy-zenhei");
        }
        return label;
    }
}
