package org.branchpress.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.branchpress.importer.Importer.ImportException;

/**
 * What a .docx may weigh before Apache POI opens it. POI reads every part of the package into
 * memory and parses each XML part into a tree some thirty times its size (a 20 MB document.xml
 * needs about 600 MB), and its own zip-bomb guard only refuses parts that shrink more than
 * 100:1. A draft of a case write-up is a few hundred kilobytes of XML plus its photos, so these
 * limits leave a wide margin for real documents and none for a file made to exhaust memory.
 */
final class DocxLimits {
    /** The file as it is on disk: a write-up with a few dozen photos is far below this. */
    static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
    /** One XML part (document.xml is the largest): about 150,000 paragraphs. */
    static final long MAX_XML_PART_BYTES = 10L * 1024 * 1024;
    /** Every part unpacked, photos included. */
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    /**
     * Elements inside elements in one XML part. A drawing in a table cell in a text box is some
     * forty deep; POI builds nested tables and content controls by recursion, so a part nested
     * thousands deep would overflow its stack (inside a lock) before the importer saw a paragraph.
     */
    static final int MAX_XML_DEPTH = 256;

    /** The first bytes of a Compound File: Word 97–2003 (.doc), or a .docx saved with a password. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private DocxLimits() {
    }

    static void check(String name, byte[] docx) throws ImportException {
        if (startsWith(docx, OLE2)) {
            throw new ImportException("“" + name + "”的扩展名是 .docx，内容却是旧版 Word（.doc）格式或加了打开密码的文稿："
                    + "请在 WPS/Word 里打开它（有密码的先取消密码），另存为 .docx 后再导入。");
        }
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; entries++) {
                long size = 0;
                Boolean xml = null;
                ByteArrayOutputStream part = new ByteArrayOutputStream();
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    if (xml == null) {
                        xml = mayBeXml(buffer, n);
                    }
                    size += n;
                    unpacked += n;
                    // A part that is still blank or begins like XML will be parsed into a tree;
                    // photos and embedded objects are only kept as bytes.
                    if (unpacked > MAX_UNPACKED_BYTES || (xml == null || xml) && size > MAX_XML_PART_BYTES) {
                        throw tooLarge(name);
                    }
                    if (xml == null || xml) {
                        part.write(buffer, 0, n);
                    }
                }
                if (Boolean.TRUE.equals(xml) && deeperThan(part.toByteArray(), MAX_XML_DEPTH)) {
                    throw tooDeep(name);
                }
            }
        } catch (IOException e) {
            throw damaged(name);
        }
        if (entries == 0) {
            throw damaged(name);
        }
    }

    /**
     * Whether the XML nests deeper than {@code limit}, read as a stream of events (no tree, no
     * recursion, no DTD). XML this reader cannot read is left for POI to judge.
     */
    static boolean deeperThan(byte[] xml, int limit) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                for (int depth = 0; reader.hasNext(); ) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT && ++depth > limit) {
                        return true;
                    }
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return false;
        }
        return false;
    }

    /** True when the part begins like XML, false when it does not, null while it is blank so far. */
    private static Boolean mayBeXml(byte[] b, int length) {
        for (int i = 0; i < length; i++) {
            int c = b[i] & 0xFF;
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0 || c == 0xEF || c == 0xBB || c == 0xBF
                    || c == 0xFE || c == 0xFF) {
                continue; // white space, byte-order marks and the zero bytes of UTF-16
            }
            return c == '<';
        }
        return null;
    }

    static ImportException damaged(String name) {
        return new ImportException("“" + name + "”不是有效的 .docx 文件：文件已损坏或不完整（可能没有下载或复制完）。"
                + "请在 WPS/Word 里打开它，另存为 .docx 后再导入。");
    }

    static ImportException tooLarge(String name) {
        return new ImportException("“" + name + "”解压后过大（超过 " + MAX_UNPACKED_BYTES / 1024 / 1024
                + " MB，或其中一个 XML 部分超过 " + MAX_XML_PART_BYTES / 1024 / 1024
                + " MB），可能是恶意文件，没有导入：请确认文件的来源；如确是正常文稿，请在 WPS/Word 里压缩图片、"
                + "把文稿拆成几份后再分别导入。");
    }

    static ImportException tooDeep(String name) {
        return new ImportException("“" + name + "”里的表格、文本框或内容控件一层套一层，超过了 " + DocxBody.MAX_DEPTH
                + " 层，不像是正常的文稿，可能是恶意文件，没有导入：请确认文件的来源；如确是正常文稿，"
                + "请把文字复制到一个新的 WPS/Word 文稿里，另存为 .docx 后再导入。");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
