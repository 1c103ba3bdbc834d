package io.fundtrace.reports.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class NotebookParserTest {
    @Test
    void splitsTextSqlCellsAndChartsInOrder() {
        List<NotebookCell> cells = NotebookParser.parse("""
                # 标题
                text
                ```sql
                SELECT 1 AS a, 2 AS b
                ```
                ```chart
                type: stacked
                x: a
                y: b
                series: a2
                title: 图
                ```
                ```python
                print(1)
                ```
                ```sql
                SELECT 2
                ```
                """);
        assertEquals(5, cells.size());
        assertEquals(new NotebookCell.Sql(1, "SELECT 1 AS a, 2 AS b"), cells.get(1));
        ChartDirective chart = (ChartDirective) cells.get(2);
        assertEquals(new ChartDirective("stacked", "a", List.of("b"), "a2", "图", "b"), chart);
        assertTrue(((NotebookCell.Text) cells.get(3)).markdown().contains("```python"), "other fences stay text");
        assertEquals(2, ((NotebookCell.Sql) cells.get(4)).number());
    }

    @Test
    void refusesChartsItCannotDraw() {
        assertThrows(IllegalArgumentException.class, () -> NotebookParser.parse("```chart\ntype: bar\nx: a\ny: b\n```\n"),
                "a chart needs a SQL cell before it");
        assertThrows(IllegalArgumentException.class, () -> ChartDirective.parse("type: pie\nx: a\ny: b", 1));
        assertThrows(IllegalArgumentException.class, () -> ChartDirective.parse("type: bar\nx: a\ny: b, c\nseries: s", 1));
        assertThrows(IllegalArgumentException.class, () -> ChartDirective.parse("type: bar\nx: a\ncolour: red", 1));
        assertThrows(IllegalArgumentException.class, () -> NotebookParser.parse("```sql\nSELECT 1\n"), "an unclosed block");
    }

    @Test
    void markdownKeepsToHeadingsParagraphsListsBoldAndCodeAndEscapesTheRest() {
        String html = MarkdownHtml.render("""
                ## 二级 **粗**
                第一行
                第二行 `a<b` 和 <script>

                - 甲
                - 乙 **重要**
                  续行
                1. one
                   two
                ```
                x **y**
                ```
                """);
        assertEquals("""
                <h2>二级 <strong>粗</strong></h2>
                <p>第一行第二行 <code>a&lt;b</code> 和 &lt;script&gt;</p>
                <ul>
                <li>甲</li>
                <li>乙 <strong>重要</strong>续行</li>
                </ul>
                <ol>
                <li>one two</li>
                </ol>
                <pre>x **y**
                </pre>
                """, html);
    }
}
