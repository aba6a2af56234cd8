/**
 * Reform self-assessment in the style of the PAR INDEX (Chỉ số cải cách hành chính; Decision 876/QĐ-BNV of 10/11/2022
 * for ministries and provinces, with provinces issuing their own indices for departments and communes): a yearly
 * criteria tree with maximum points configured by the province, each unit's self-scores with evidence (a criterion
 * scored without evidence gets no points), criteria measurable from system data pre-filled, appraisal scores by the
 * province's reform officers, and the ranking. The sociological survey part of the index is not modelled.
 */
@org.springframework.modulith.NamedInterface("assessment")
@org.jspecify.annotations.NullMarked
package org.motcua.governance.assessment;
