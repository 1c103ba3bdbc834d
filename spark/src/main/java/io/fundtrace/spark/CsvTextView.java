package io.fundtrace.spark;

import io.fundtrace.warehouse.RecordLines;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * A CSV file as text with its line numbers, as DuckDB's read_csv gives them to the ingest: the file is
 * read as one stream (multiLine, so a quoted line break stays inside its record and the records come
 * in file order), numbered by zipWithIndex (the header is record 0, so the n-th record starts on line
 * lines.line(n), n + 1 unless blank lines or fields spanning lines came before it), every field as text
 * with an empty one as NULL. FAILFAST makes a record with another number of fields than the header fail
 * the read ("Malformed CSV record"). Blank lines are skipped, as DuckDB skips them.
 */
final class CsvTextView {
    private CsvTextView() {
    }

    /** csv: the file as a URI the executors can read. */
    static void register(SparkSession session, String view, String csv, int columns, RecordLines lines) {
        List<StructField> fields = new ArrayList<>();
        IntStream.range(0, columns).forEach(i -> fields.add(DataTypes.createStructField("c" + i, DataTypes.StringType, true)));
        StructType text = DataTypes.createStructType(fields);
        // header false: the header is record 0 and dropped below (with true, Spark warns that it names other columns)
        Dataset<Row> records = session.read()
                .option("header", "false")
                .option("multiLine", "true")
                .option("mode", "FAILFAST")
                .option("quote", "\"")
                .option("escape", "\"")
                .option("encoding", "UTF-8")
                .schema(text)
                .csv(csv);
        JavaRDD<Row> numbered = records.javaRDD().zipWithIndex().filter(record -> record._2() > 0)
                .map(record -> numbered(record, lines));
        List<StructField> withLine = new ArrayList<>();
        withLine.add(DataTypes.createStructField("source_line", DataTypes.LongType, false));
        withLine.addAll(fields);
        List<Column> out = new ArrayList<>();
        out.add(functions.col("source_line"));
        // DuckDB reads an empty field, quoted or not, as NULL; Spark keeps a quoted one as ''
        IntStream.range(0, columns).forEach(i -> out.add(functions.expr("nullif(c" + i + ", '')").as("c" + i)));
        session.createDataFrame(numbered, DataTypes.createStructType(withLine)).select(out.toArray(Column[]::new))
                .createOrReplaceTempView(view);
    }

    private static Row numbered(Tuple2<Row, Long> record, RecordLines lines) {
        Object[] values = new Object[record._1().length() + 1];
        values[0] = lines.line(record._2());
        for (int i = 0; i < record._1().length(); i++) {
            values[i + 1] = record._1().get(i);
        }
        return RowFactory.create(values);
    }
}
