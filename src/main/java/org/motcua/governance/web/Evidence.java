package org.motcua.governance.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.tasks.TaskCommands;
import org.springframework.web.multipart.MultipartFile;

/** Uploaded evidence files, the empty file inputs of a form left out. */
final class Evidence {

	private Evidence() {
	}

	static List<TaskCommands.EvidenceFile> of(MultipartFile @Nullable [] files) {
		List<TaskCommands.EvidenceFile> result = new ArrayList<>();
		if (files == null) {
			return result;
		}
		for (MultipartFile f : files) {
			if (f == null || f.isEmpty()) {
				continue;
			}
			try {
				String name = f.getOriginalFilename() == null ? "evidence" : f.getOriginalFilename();
				String type = f.getContentType() == null ? "application/octet-stream" : f.getContentType();
				result.add(new TaskCommands.EvidenceFile(name, type, f.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return result;
	}
}
