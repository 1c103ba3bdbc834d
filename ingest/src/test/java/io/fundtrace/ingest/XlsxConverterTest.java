package io.fundtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Date serial numbers of both of Excel's date systems, as the days Excel shows for them. */
class XlsxConverterTest {
    @Test
    void theDayOfASerialNumberInThe1900System() {
        assertEquals(LocalDate.of(2018, 3, 1), XlsxConverter.serialDate(new BigDecimal("43160"), false));
        // a time of day (=NOW()) is dropped, even a moment before midnight
        assertEquals(LocalDate.of(2018, 3, 1), XlsxConverter.serialDate(new BigDecimal("43160.99999999999"), false));
        assertEquals(LocalDate.of(1900, 1, 1), XlsxConverter.serialDate(BigDecimal.ONE, false));
        assertEquals(LocalDate.of(1900, 2, 28), XlsxConverter.serialDate(new BigDecimal("59"), false));
        // Excel's 29 February 1900, which never was, and the day after it
        assertEquals(LocalDate.of(1900, 3, 1), XlsxConverter.serialDate(new BigDecimal("60"), false));
        assertEquals(LocalDate.of(1900, 3, 1), XlsxConverter.serialDate(new BigDecimal("61"), false));
    }

    @Test
    void theDayOfASerialNumberInThe1904System() {
        assertEquals(LocalDate.of(1904, 1, 1), XlsxConverter.serialDate(BigDecimal.ZERO, true));
        assertEquals(LocalDate.of(2018, 3, 1), XlsxConverter.serialDate(new BigDecimal("41698"), true));
    }
}
