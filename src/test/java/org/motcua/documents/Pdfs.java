package org.motcua.documents;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads generated PDFs back: their text, as a reader would copy it, and their page size. */
final class Pdfs {

	private Pdfs() {
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	/** The text of every QR code drawn as an image on the first page. */
	static java.util.List<String> qrCodes(byte[] pdf) throws Exception {
		java.util.List<String> found = new java.util.ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			var resources = document.getPage(0).getResources();
			for (var name : resources.getXObjectNames()) {
				if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
					java.awt.image.BufferedImage img = image.getImage();
					int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
					var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
							new com.google.zxing.RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels)));
					found.add(new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText());
				}
			}
		}
		return found;
	}

	static PDRectangle pageSize(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getPage(0).getMediaBox();
		}
	}
}
