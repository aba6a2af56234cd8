package org.motcua.documents.web;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.documents.SignatureVerification;
import org.motcua.shared.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/** Verification of a signed PDF: the API and the page. */
@Controller
@Tag(name = "Documents")
class SignaturesController {

	private final SignatureVerification verification;

	SignaturesController(SignatureVerification verification) {
		this.verification = verification;
	}

	@PostMapping(path = "/api/v1/signatures/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseBody
	@Operation(summary = "Whether an uploaded PDF carries an intact signature, who signed it and when")
	SignatureVerification.Report verify(@RequestParam(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
		return verification.verify(bytes(file));
	}

	@GetMapping("/signatures/verify")
	String page() {
		return "documents/verify";
	}

	@PostMapping("/signatures/verify")
	String check(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model) throws IOException {
		try {
			model.addAttribute("report", verification.verify(bytes(file)));
			model.addAttribute("fileName", file == null ? "" : file.getOriginalFilename());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("missing", true);
		}
		return "documents/verify";
	}

	private static byte[] bytes(@Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw InvalidInputException.of("file", "error.required");
		}
		return file.getBytes();
	}
}
