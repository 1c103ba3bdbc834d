package io.fundtrace.cli.serve;

import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.Role;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file of a month's archive as its manifest lists it (name, bytes, sha256, and the role it was
 * written for when the manifest has a fourth column, role). Without that column the role is read
 * from the name, as the cycle and the report commands name their files:
 * <ul>
 * <li>{@code report-YYYY-MM.html|pdf} and its charts {@code report-YYYY-MM-trend.png}: the whole
 *     region's monthly report, which the cycle writes for {@code leader};</li>
 * <li>{@code report-YYYY-MM-<region>.*} and {@code notice-YYYY-MM-<region>.*}: a region's, written for
 *     {@code region:<region>};</li>
 * <li>{@code notice-YYYY-MM-<处室 code>.html}: a 处室's notice, for {@code department:<处室>};</li>
 * <li>anything else: for {@code pfo} (only the 扶贫办 opens it until it is named or given a role).</li>
 * </ul>
 */
record ArchivedDocument(YearMonth month, String name, long bytes, String sha256, Optional<String> role) {
    private static final Pattern NAME = Pattern.compile(
            "(report|notice)-([0-9]{4}-[0-9]{2})(?:-([0-9]{6}|[A-Z][0-9]{2}))?(?:-([a-z]+))?\\.(html|pdf|png)");
    /** A plain file name: no path, no hidden file. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");

    ArchivedDocument {
        if (!SAFE.matcher(name).matches()) {
            throw new WarehouseException("not a plain file name: " + name);
        }
    }

    /** html, pdf, png or the name's own ending. */
    String format() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /** A report or notice to list on the month's page (charts are served for the report that shows them). */
    boolean listed() {
        return format().equals("html") || format().equals("pdf");
    }

    /** report, notice or other. */
    String kind() {
        Matcher matcher = NAME.matcher(name);
        return matcher.matches() ? matcher.group(1) : "other";
    }

    /** The region code or 处室 code the name carries, if any. */
    Optional<String> subject() {
        Matcher matcher = NAME.matcher(name);
        return matcher.matches() ? Optional.ofNullable(matcher.group(3)) : Optional.empty();
    }

    /** The role the document was written for: the manifest's, or the name's (above). */
    Role writtenFor(RegionTree regions) {
        if (role.isPresent()) {
            try {
                return Role.parse(role.get());
            } catch (WarehouseException e) {
                return new Role(Role.Kind.PFO, "");
            }
        }
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches() || !matcher.group(2).equals(month.toString())) {
            return new Role(Role.Kind.PFO, "");
        }
        String code = matcher.group(3);
        if (code == null) {
            return matcher.group(1).equals("report") ? Role.LEADER : new Role(Role.Kind.PFO, "");
        }
        if (Character.isDigit(code.charAt(0))) {
            return new Role(Role.Kind.REGION, code);
        }
        return regions.department(code).map(department -> new Role(Role.Kind.DEPARTMENT, department))
                .orElse(new Role(Role.Kind.PFO, ""));
    }
}
