package org.branchpress.site;

import java.util.List;

/** Items under one name with a page of their own: a tag, an award series, a year. */
public record Group<T>(String name, String address, List<T> items) {
}
