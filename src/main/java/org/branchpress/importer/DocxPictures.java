package org.branchpress.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.branchpress.importer.DocxLosses.Loss;
import org.w3c.dom.Element;

/**
 * What a drawing ({@code w:drawing}), a VML picture ({@code w:pict}) or an embedded object
 * ({@code w:object}) holds: pictures (DrawingML blips, VML image data, an object's preview),
 * text boxes, and what cannot come along: charts, SmartArt, the object itself.
 */
final class DocxPictures {
    static final String CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    static final String DIAGRAM = "http://schemas.openxmlformats.org/drawingml/2006/diagram";
    /** Formats a browser does not show. */
    private static final Set<String> NOT_FOR_BROWSERS = Set.of("emf", "wmf", "tif", "tiff");

    /** A picture as it is stored in the package, with the alt text the writer gave it. */
    record Found(byte[] bytes, String extension, String description) {
    }

    record Scan(List<Found> pictures, List<Element> boxes, List<Loss> losses) {
    }

    private DocxPictures() {
    }

    static Scan scan(Element graphic, POIXMLDocumentPart part) {
        List<Found> found = new ArrayList<>();
        List<Element> boxes = new ArrayList<>();
        List<Loss> losses = new ArrayList<>();
        String[] description = {description(graphic)};
        boolean object = DocxXml.isW(graphic, "object");
        boolean[] equation = {false};
        DocxXml.scan(graphic, e -> {
            if (DocxXml.isW(e, "txbxContent")) {
                boxes.add(e);
                return false;
            }
            if (DocxXml.is(e, DocxXml.MC, "AlternateContent")) {
                Element choice = DocxRuns.alternative(e);
                if (choice != null) {
                    Scan inner = scan(choice, part);
                    found.addAll(inner.pictures());
                    boxes.addAll(inner.boxes());
                    losses.addAll(inner.losses());
                }
                return false;
            }
            if (DocxXml.is(e, DocxXml.A, "blip")) {
                picture(DocxXml.attr(e, DocxXml.R, "embed"), DocxXml.attr(e, DocxXml.R, "link"), description[0], part,
                        found, losses);
            } else if (DocxXml.is(e, DocxXml.VML, "imagedata")) {
                String title = DocxXml.attr(e, DocxXml.OFFICE, "title");
                picture(DocxXml.attr(e, DocxXml.R, "id"), null, title != null ? title : description[0], part, found,
                        losses);
            } else if (DocxXml.is(e, CHART, "chart")) {
                losses.add(Loss.CHART);
            } else if (DocxXml.is(e, DIAGRAM, "relIds")) {
                losses.add(Loss.DIAGRAM);
            } else if (DocxXml.is(e, DocxXml.OFFICE, "OLEObject")) {
                String program = String.valueOf(DocxXml.attr(e, "", "ProgID"));
                equation[0] = program.startsWith("Equation") || program.startsWith("MathType");
            }
            return true;
        });
        if (object) {
            losses.add(equation[0] ? Loss.EQUATION : found.isEmpty() ? Loss.OBJECT_LOST : Loss.OBJECT);
        }
        return new Scan(found, boxes, losses);
    }

    /** The alt text of a DrawingML picture ({@code wp:docPr}), or empty. */
    private static String description(Element graphic) {
        List<Element> docPr = DocxXml.descendants(graphic, DocxXml.WP, "docPr");
        if (docPr.isEmpty()) {
            return "";
        }
        String descr = DocxXml.attr(docPr.get(0), "", "descr");
        String title = DocxXml.attr(docPr.get(0), "", "title");
        return descr != null ? descr : title != null ? title : "";
    }

    private static void picture(String embed, String link, String description, POIXMLDocumentPart part,
                                List<Found> found, List<Loss> losses) {
        if (embed == null) {
            if (link != null) {
                losses.add(Loss.LINKED_PICTURE);
            }
            return;
        }
        POIXMLDocumentPart target = part.getRelationById(embed);
        byte[] bytes = null;
        String extension = "";
        if (target instanceof XWPFPictureData data) {
            bytes = data.getData();
            extension = data.suggestFileExtension();
        } else if (target != null) {
            try (InputStream in = target.getPackagePart().getInputStream()) {
                bytes = in.readAllBytes();
                String name = target.getPackagePart().getPartName().getName();
                extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            } catch (IOException e) {
                bytes = null;
            }
        } else {
            PackageRelationship rel = part.getPackagePart().getRelationship(embed);
            losses.add(rel != null && rel.getTargetMode() == TargetMode.EXTERNAL ? Loss.LINKED_PICTURE
                    : Loss.MISSING_PICTURE);
            return;
        }
        if (bytes == null || bytes.length == 0) {
            losses.add(Loss.MISSING_PICTURE);
            return;
        }
        extension = extension.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (NOT_FOR_BROWSERS.contains(extension)) {
            losses.add(Loss.PICTURE_FORMAT);
        }
        found.add(new Found(bytes, extension.isEmpty() ? "png" : extension, description));
    }
}
