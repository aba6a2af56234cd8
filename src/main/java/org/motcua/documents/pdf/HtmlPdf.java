package org.motcua.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Turns a form template (XHTML with Thymeleaf attributes) into a PDF with an embedded Liberation Serif, so that
 * Vietnamese diacritics print and can be extracted again. A province may override any template without a code
 * change: {@code <formsDir>/<province code>/<name>.xhtml} wins over {@code <formsDir>/<name>.xhtml}, which wins over
 * the template shipped in {@code classpath:forms/}.
 */
public final class HtmlPdf {

	static final String FONT_FAMILY = "Liberation Serif";

	private final Path formsDir;
	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	public HtmlPdf(Path formsDir) {
		this.formsDir = formsDir;
		FileTemplateResolver files = new FileTemplateResolver();
		files.setPrefix(formsDir.toAbsolutePath() + "/");
		files.setSuffix(".xhtml");
		files.setTemplateMode(TemplateMode.XML);
		files.setCharacterEncoding("UTF-8");
		files.setCheckExistence(true);
		files.setCacheable(false);
		files.setOrder(1);
		ClassLoaderTemplateResolver shipped = new ClassLoaderTemplateResolver();
		shipped.setPrefix("forms/");
		shipped.setSuffix(".xhtml");
		shipped.setTemplateMode(TemplateMode.XML);
		shipped.setCharacterEncoding("UTF-8");
		shipped.setCheckExistence(true);
		shipped.setOrder(2);
		engine.addTemplateResolver(files);
		engine.addTemplateResolver(shipped);
	}

	/** Where a province's override of {@code name} would be, whether or not it exists. */
	public Path overridePath(String provinceCode, String name) {
		return formsDir.resolve(provinceCode).resolve(name + ".xhtml");
	}

	/** The template the province uses for {@code name}: its own override, a national override, or the shipped one. */
	String templateFor(String provinceCode, String name) {
		if (!provinceCode.isBlank() && Files.isRegularFile(overridePath(provinceCode, name))) {
			return provinceCode + "/" + name;
		}
		return name;
	}

	/** Renders the template to XHTML: useful on its own for tests and previews. */
	public String html(String provinceCode, String name, Map<String, Object> variables) {
		Context context = new Context(Locale.forLanguageTag("vi"), variables);
		return engine.process(templateFor(provinceCode, name), context);
	}

	public byte[] pdf(String provinceCode, String name, Map<String, Object> variables) {
		return render(html(provinceCode, name, variables));
	}

	static byte[] render(String xhtml) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			font(builder, "LiberationSerif-Regular.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
			font(builder, "LiberationSerif-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
			font(builder, "LiberationSerif-Italic.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
			font(builder, "LiberationSerif-BoldItalic.ttf", 700, BaseRendererBuilder.FontStyle.ITALIC);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
		builder.useFont(() -> {
			InputStream in = HtmlPdf.class.getClassLoader().getResourceAsStream("liberation/" + file);
			if (in == null) {
				throw new IllegalStateException("Font liberation/" + file + " is missing from the classpath");
			}
			return in;
		}, FONT_FAMILY, weight, style, true);
	}
}
