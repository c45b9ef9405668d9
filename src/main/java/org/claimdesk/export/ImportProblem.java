package org.claimdesk.export;

/**
 * Why an annotation (its place in the file, counted from 1, and its id) was or would be refused; place 0 and no
 * id when the whole file is refused.
 */
public record ImportProblem(int position, String annotation, String reason) {

    static ImportProblem ofFile(String reason) {
        return new ImportProblem(0, "", reason);
    }
}
