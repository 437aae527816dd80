package dev.roadmap.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Dates on the command line as in a roadmap file: strict {@code YYYY-MM-DD}, a real day, years 0001
 * to 9999 (the converter of every {@link LocalDate} option, {@link Specs#asOf}).
 */
final class DateConverter implements ITypeConverter<LocalDate> {
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  @Override
  public LocalDate convert(String value) {
    if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new TypeConversionException("'" + value + "' is not a date written YYYY-MM-DD");
    }
    if (value.startsWith("0000")) {
      throw new TypeConversionException(
          "'" + value + "' is not a date: there is no year 0000 (the years run from 0001 to 9999)");
    }
    try {
      return LocalDate.parse(value, ISO);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a day of the calendar: " + why(value));
    }
  }

  /** Why a date written YYYY-MM-DD is no day: "month 13 does not exist", "2030-02 has 28 days". */
  static String why(String value) {
    int year = Integer.parseInt(value.substring(0, 4));
    int month = Integer.parseInt(value.substring(5, 7));
    if (month < 1 || month > 12) {
      return "month " + month + " does not exist";
    }
    int days = java.time.YearMonth.of(year, month).lengthOfMonth();
    int day = Integer.parseInt(value.substring(8, 10));
    return day == 0 ? "day 0 does not exist" : value.substring(0, 7) + " has " + days + " days";
  }

  /** Parses a date given inside another argument (as in {@code --pin ID=DATE}). */
  static LocalDate parse(String value) {
    return new DateConverter().convert(value);
  }
}
