package org.claimdesk.export;

import java.util.List;

/**
 * What an import did (or, in a dry run, would do): how many annotations the file holds, how many claims were (or
 * would be) created and speakers added, and every annotation refused with its reason.
 */
public record ImportReport(ImportMode mode, boolean applied, int annotations, int claims, int newSpeakers,
        List<ImportProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    static ImportReport refused(ImportMode mode, String reason) {
        return new ImportReport(mode, false, 0, 0, 0, List.of(ImportProblem.ofFile(reason)));
    }

    /** One line for the person importing. */
    public String summary() {
        if (annotations == 0) {
            return "Nothing was imported: "
                    + (problems.isEmpty() ? "the file holds no annotations." : problems.getFirst().reason());
        }
        String refused = problems.isEmpty() ? "" : " %,d of %,d annotations refused.".formatted(problems.size(), annotations);
        String speakers = newSpeakers == 0 ? "" : " (and %,d new speaker%s)".formatted(newSpeakers, newSpeakers == 1 ? "" : "s");
        if (mode == ImportMode.DRY_RUN) {
            return "Dry run: %,d claim%s would be created%s; nothing was changed.".formatted(claims, claims == 1 ? "" : "s",
                    speakers) + refused;
        }
        if (!applied) {
            return "Nothing was imported." + refused;
        }
        return "Imported %,d claim%s%s.".formatted(claims, claims == 1 ? "" : "s", speakers) + refused;
    }
}
