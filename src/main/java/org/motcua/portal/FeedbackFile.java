package org.motcua.portal;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;

/** A file a member of the public attaches to feedback or to their answer: the name they gave and its bytes. */
public record FeedbackFile(@Nullable String fileName, InputStreamSource content) {
}
