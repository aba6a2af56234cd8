package org.motcua.documents.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as PAdES baseline B-B: a detached CAdES signature ({@code ETSI.CAdES.detached}) carrying the
 * signing-certificate-v2 attribute and no CMS signing time (the time is the signature dictionary's {@code /M}),
 * as ETSI EN 319 142-1 asks, written as an incremental update with PDFBox.
 */
public final class PadesSigner {

	private PadesSigner() {
	}

	public static byte[] sign(byte[] pdf, UnitKeys.UnitKey key, String signerName, String reason, String location, Instant at) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(signerName);
			signature.setReason(reason);
			signature.setLocation(location);
			Calendar when = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
			when.setTimeInMillis(at.toEpochMilli());
			signature.setSignDate(when);
			try (SignatureOptions options = new SignatureOptions()) {
				options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
				document.addSignature(signature, cms(key), options);
				ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32_768);
				document.saveIncremental(out);
				return out.toByteArray();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SignatureInterface cms(UnitKeys.UnitKey key) {
		return (InputStream content) -> {
			try {
				X509Certificate certificate = key.certificate();
				CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
				generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
					.setSignedAttributeGenerator(padesAttributes(certificate))
					.build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), certificate));
				generator.addCertificates(new JcaCertStore(Arrays.asList(key.chain())));
				return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
			}
			catch (GeneralSecurityException | OperatorCreationException | CMSException ex) {
				throw new IOException("Cannot sign: " + ex.getMessage(), ex);
			}
		};
	}

	private static CMSAttributeTableGenerator padesAttributes(X509Certificate certificate) throws GeneralSecurityException {
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
		ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash);
		Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
				new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { id })));
		ASN1EncodableVector v = new ASN1EncodableVector();
		v.add(signingCertificate);
		AttributeTable table = new AttributeTable(v);
		return new DefaultSignedAttributeTableGenerator(table) {
			@Override
			@SuppressWarnings({ "rawtypes", "unchecked" })
			public AttributeTable getAttributes(Map parameters) {
				return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
			}
		};
	}
}
