package org.branchpress.yaml;

import org.branchpress.problem.SourcePosition;

/**
 * One text of a list, with where it starts.
 *
 * @param inList false when a single text stood where a list was expected ({@code tags: 党建})
 */
public record YamlText(String value, SourcePosition position, boolean inList) {
}
