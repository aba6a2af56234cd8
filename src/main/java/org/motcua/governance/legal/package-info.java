/**
 * The registry of local legal documents (văn bản quy phạm pháp luật) of People's Councils and People's Committees,
 * including those of units closed by mergers, and their review (rà soát) under Decree 79/2025/NĐ-CP (amended by Decree
 * 187/2025/NĐ-CP): Art. 33 makes every document subject to review, Art. 34 makes review continuous and systematization
 * periodic, Art. 35 gives the commune's legal staff and the province's Department of Justice the work. A review
 * campaign records one conclusion per document and counts them; the yearly list of expired documents follows.
 */
@org.springframework.modulith.NamedInterface("legal")
@org.jspecify.annotations.NullMarked
package org.motcua.governance.legal;
