package org.branchpress.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Files kept from one rendering of the site to the next ({@code serve}). A template's output
 * depends only on the template and the view it is given, and views are records of records,
 * strings and lists, compared by value: a file whose template and view equal the last ones'
 * is the last file, the same array. A view that holds anything compared by identity never
 * equals a new one, so at worst a file is rendered again, never reused wrongly.
 */
public final class RenderMemo {
    private record Entry(String template, Object view, byte[] bytes) {
    }

    private final Map<String, Entry> last;

    private RenderMemo(Map<String, Entry> last) {
        this.last = last;
    }

    /** Keeps every file for the next rendering of the same theme. */
    public static RenderMemo keeping() {
        return new RenderMemo(new ConcurrentHashMap<>());
    }

    /** Keeps nothing: the build renders every file once. */
    public static RenderMemo none() {
        return new RenderMemo(null);
    }

    /** The file at this address: the last one when template and view are the same, else made. */
    byte[] render(String address, String template, Object view, Supplier<byte[]> make) {
        if (last == null) {
            return make.get();
        }
        Entry e = last.get(address);
        if (e != null && e.template().equals(template) && e.view().equals(view)) {
            return e.bytes();
        }
        byte[] bytes = make.get();
        last.put(address, new Entry(template, view, bytes));
        return bytes;
    }
}
