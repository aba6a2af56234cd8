package org.motcua.documents.signing;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.jspecify.annotations.Nullable;

/**
 * Checks the last signature of a PDF: whether its CMS signature matches the signed bytes and its certificate
 * ({@code valid}), and whether the signed revision is the whole file, so nothing was changed or appended after
 * signing ({@code intact}).
 */
public final class SignatureCheck {

	/** What the check found; {@code problem} names the first thing wrong, null when intact. */
	public record Outcome(boolean valid, boolean intact, @Nullable String signer, @Nullable Instant signedAt,
			@Nullable String reason, @Nullable String location, @Nullable String certificateSubject,
			@Nullable Instant certificateValidTo, @Nullable String problem) {

		static Outcome problem(String problem) {
			return new Outcome(false, false, null, null, null, null, null, null, problem);
		}
	}

	private SignatureCheck() {
	}

	public static Outcome check(byte[] pdf) {
		PDSignature signature;
		byte[] contents;
		byte[] signedContent;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDSignature> signatures = document.getSignatureDictionaries();
			if (signatures.isEmpty()) {
				return Outcome.problem("not-signed");
			}
			signature = signatures.get(signatures.size() - 1);
			contents = signature.getContents(pdf);
			signedContent = signature.getSignedContent(pdf);
		}
		catch (IOException ex) {
			return Outcome.problem("not-a-pdf");
		}
		Instant signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
		int[] range = signature.getByteRange();
		boolean wholeFile = range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
		try {
			// /Contents is padded with zeros to its reserved size: read the one DER object it holds.
			org.bouncycastle.asn1.cms.ContentInfo info;
			try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
				info = org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject());
			}
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), info);
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			@SuppressWarnings("unchecked")
			Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
			if (matches.isEmpty()) {
				return new Outcome(false, false, signature.getName(), signedAt, signature.getReason(), signature.getLocation(),
						null, null, "no-certificate");
			}
			X509CertificateHolder holder = matches.iterator().next();
			X509Certificate certificate = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(holder);
			boolean verified;
			try {
				verified = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
			}
			catch (CMSException ex) {
				verified = false;
			}
			String subject = commonName(holder.getSubject());
			String problem = !verified ? "altered" : !wholeFile ? "changed-after-signing" : null;
			return new Outcome(verified, verified && wholeFile, signature.getName() != null ? signature.getName() : subject,
					signedAt, signature.getReason(), signature.getLocation(), subject, certificate.getNotAfter().toInstant(), problem);
		}
		catch (CMSException | OperatorCreationException | java.security.cert.CertificateException | IOException | RuntimeException ex) {
			return new Outcome(false, false, signature.getName(), signedAt, signature.getReason(), signature.getLocation(),
					null, null, "malformed-signature");
		}
	}

	private static String commonName(X500Name name) {
		RDN[] cn = name.getRDNs(BCStyle.CN);
		return cn.length == 0 ? name.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
	}
}
