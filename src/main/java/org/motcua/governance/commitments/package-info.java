/**
 * Yearly commitments (bản cam kết) that heads of offices and commune chairmen sign with the chairman above them
 * (the district chairman until 30 June 2025, the provincial chairman since), made of targets: measurable ones computed
 * from the system's own data and qualitative ones assessed by the evaluator; during the year each shows on track or at
 * risk, and at year end the evaluation records achievement per target and overall and the consequence (continues,
 * voluntary resignation, transfer to other work) with its decision. The seed report asks for exactly this accountability;
 * Decree 90/2020/NĐ-CP on rating officials and Regulation 41-QĐ/TW (2021) on resignation and transfer of those who fail
 * their duties are the texts such consequences rest on.
 */
@org.springframework.modulith.NamedInterface("commitments")
@org.jspecify.annotations.NullMarked
package org.motcua.governance.commitments;
