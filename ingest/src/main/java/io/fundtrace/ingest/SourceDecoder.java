package io.fundtrace.ingest;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
import java.util.List;
import java.util.Locale;

/**
 * Detects a CSV's encoding (strict UTF-8, else GB18030) and gives DuckDB a UTF-8 file: DuckDB has no
 * GBK reader here, so GB18030 is transcoded as a stream to a temp file. XLSX goes through a temp CSV.
 */
final class SourceDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private final Path tempFolder;

    SourceDecoder(Path tempFolder) {
        this.tempFolder = tempFolder;
    }

    DecodedFile decode(Path file, String sha256) throws IOException, FileRefusedException {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            Path csv = Files.createTempFile(tempFolder, "xlsx-", ".csv");
            try {
                XlsxConverter.convert(file, csv);
            } catch (IOException | RuntimeException e) {
                throw new FileRefusedException(name + ": refused: cannot be read as an XLSX workbook (" + e.getMessage() + ")");
            }
            return new DecodedFile(file, csv, sha256, "xlsx", header(csv, name));
        }
        if (isStrictUtf8(file)) {
            return new DecodedFile(file, file, sha256, hasBom(file) ? "UTF-8 BOM" : "UTF-8", header(file, name));
        }
        Path csv = Files.createTempFile(tempFolder, "gb18030-", ".csv");
        try (Reader in = new InputStreamReader(Files.newInputStream(file), strict(GB18030));
             BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        } catch (CharacterCodingException e) {
            throw new FileRefusedException(name + ": refused: the bytes cannot be decoded; expected UTF-8 (with or without BOM) or GBK/GB18030");
        }
        return new DecodedFile(file, csv, sha256, "GB18030", header(csv, name));
    }

    private static boolean isStrictUtf8(Path file) throws IOException {
        char[] buffer = new char[1 << 16];
        try (Reader in = new InputStreamReader(Files.newInputStream(file), strict(StandardCharsets.UTF_8))) {
            while (in.read(buffer) >= 0) {
                // reading is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(3);
            return start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
        }
    }

    private static List<String> header(Path csv, String name) throws IOException, FileRefusedException {
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null || line.isBlank()) {
                throw new FileRefusedException(name + ": refused: the file is empty; expected a header row");
            }
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            return Csv.parseLine(line);
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
