package org.motcua.documents;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The files of a dossier and its digitization facts, as Decision 766/QĐ-TTg group 4 counts them (domain brief
 * §3.2, §4.2; the formulas are marked unconfirmed there): a component is <em>digitized</em> when a file is attached
 * to it; the result is <em>electronic</em> when a result file is attached; the dossier is <em>digitized</em> when
 * every provided component is, and, once its result was issued, the result is electronic; it <em>reuses</em> data
 * when at least one component file was taken from an earlier dossier.
 */
public record DossierFiles(String dossierCode, List<Component> components, List<AttachmentView> results,
		boolean componentsDigitized, boolean electronicResult, boolean digitized, boolean reused) {

	/** One component of the dossier with its files. */
	public record Component(String code, @Nullable String name, boolean provided, List<AttachmentView> files,
			boolean digitized, boolean reused) {
	}
}
