package io.fundtrace.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Detects a CSV's encoding (strict UTF-8, else GB18030) and gives the engines a UTF-8 file: DuckDB has no
 * GBK reader here, so GB18030 is transcoded as a stream to a temp file. XLSX goes through a temp CSV.
 * The same pass reads the text with CsvScanner: a file it finds broken is refused with its line, and a
 * UTF-8 file of mixed line ends is copied with uniform ones (a transcoded copy always has them).
 */
final class SourceDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int BUFFER = 1 << 16;
    private final Path tempFolder;
    private final long maxRecordBytes;

    SourceDecoder(Path tempFolder, long maxRecordBytes) {
        this.tempFolder = tempFolder;
        this.maxRecordBytes = maxRecordBytes;
    }

    DecodedFile decode(Path file, String sha256) throws IOException, FileRefusedException {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            Path csv = Files.createTempFile(tempFolder, "xlsx-", ".csv");
            CsvLayout layout;
            try {
                layout = XlsxConverter.convert(file, csv, maxRecordBytes);
            } catch (IOException | RuntimeException e) {
                throw new FileRefusedException(name + ": refused: cannot be read as an XLSX workbook (" + e.getMessage() + ")");
            }
            return decoded(file, csv, sha256, "xlsx", layout);
        }
        CsvScanner scanner = new CsvScanner(maxRecordBytes, null);
        if (scanStrictUtf8(file, scanner)) {
            String encoding = hasBom(file) ? "UTF-8 BOM" : "UTF-8";
            CsvLayout layout = scanner.finish();
            if (layout.fault().isEmpty() && layout.lineEndsToRewrite()) {
                Path csv = Files.createTempFile(tempFolder, "line-ends-", ".csv");
                return decoded(file, csv, sha256, encoding, copy(file, StandardCharsets.UTF_8, csv, name));
            }
            return decoded(file, file, sha256, encoding, layout);
        }
        Path csv = Files.createTempFile(tempFolder, "gb18030-", ".csv");
        return decoded(file, csv, sha256, "GB18030", copy(file, GB18030, csv, name));
    }

    private DecodedFile decoded(Path file, Path csv, String sha256, String encoding, CsvLayout layout)
            throws FileRefusedException, IOException {
        if (layout.fault().isPresent()) {
            throw new FileRefusedException(file.getFileName() + ": refused: " + layout.fault().get(), encoding);
        }
        if (!layout.ragged().isEmpty()) {
            Path widened = Files.createTempFile(tempFolder, "ragged-", ".csv");
            RaggedRecords.rewrite(csv, widened, layout.header().size(), layout.ragged());
            return new DecodedFile(file, widened, sha256, encoding, layout);
        }
        return new DecodedFile(file, csv, sha256, encoding, layout);
    }

    /** Reads the whole file as strict UTF-8 through the scanner; false at the first byte that is not UTF-8. */
    private static boolean scanStrictUtf8(Path file, CsvScanner scanner) throws IOException {
        char[] buffer = new char[BUFFER];
        try (Reader in = new InputStreamReader(Files.newInputStream(file), strict(StandardCharsets.UTF_8))) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                scanner.accept(buffer, read);
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Copies the file as UTF-8 with LF line ends, reading it through the scanner. */
    private CsvLayout copy(Path file, Charset charset, Path csv, String name) throws IOException, FileRefusedException {
        char[] buffer = new char[BUFFER];
        try (Reader in = new InputStreamReader(Files.newInputStream(file), strict(charset));
             Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            CsvScanner scanner = new CsvScanner(maxRecordBytes, out);
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                scanner.accept(buffer, read);
            }
            return scanner.finish();
        } catch (CharacterCodingException e) {
            throw new FileRefusedException(name + ": refused: the bytes cannot be decoded; expected UTF-8 (with or without BOM) or GBK/GB18030");
        }
    }

    private static boolean hasBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(3);
            return start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
