package io.fundtrace.cli.serve;

import io.fundtrace.warehouse.gate.Role;
import java.util.Optional;

/**
 * Who may open a document of the archive: a reader whose view of the warehouse holds everything the
 * role the document was written for sees (rules.md, Access; policy.csv) - pfo everything, leader all
 * but what was written for pfo (payee identity), analyst what was written for a region, a 处室, an
 * evaluator or an analyst (no classified detail, payees masked), a 处室 its own, an evaluator an
 * evaluator's, a region what was written for it or a region below it. One exception, asked for by the
 * department (issue 17): a prefecture's report and notices also go to its counties, as a notice (通报)
 * to a prefecture is circulated to the counties it names - so a county reads its prefecture's
 * documents, not another county's, nor the whole region's.
 */
final class DocumentAccess {
    private DocumentAccess() {
    }

    static boolean mayOpen(Role reader, Role writtenFor, RegionTree regions) {
        return switch (reader.kind()) {
            case PFO -> true;
            case LEADER -> writtenFor.kind() != Role.Kind.PFO;
            case ANALYST -> writtenFor.kind() == Role.Kind.ANALYST || writtenFor.kind() == Role.Kind.REGION
                    || writtenFor.kind() == Role.Kind.DEPARTMENT || writtenFor.kind() == Role.Kind.EVALUATOR;
            case EVALUATOR -> writtenFor.kind() == Role.Kind.EVALUATOR;
            case DEPARTMENT -> writtenFor.kind() == Role.Kind.DEPARTMENT && writtenFor.scope().equals(reader.scope());
            case REGION -> writtenFor.kind() == Role.Kind.REGION && (regions.within(writtenFor.scope(), reader.scope())
                    || regions.prefectureOf(reader.scope()).equals(Optional.of(writtenFor.scope())));
        };
    }
}
