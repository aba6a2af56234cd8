/**
 * Notifications to applicants and officials (thông báo): e-mail over SMTP, SMS through a pluggable gateway and
 * in-app messages for officials, on dossier events (receipt and appointment, completion request, transfer, apology
 * with a new date, result ready, result returned: Decree 61/2018/NĐ-CP Art. 15, 18 and 19 as amended by Decree
 * 118/2025/NĐ-CP, forms 01, 02 and 04 of Circular 01/2018/TT-VPCP), on feedback (Decree 20/2008/NĐ-CP: received,
 * information requested, answered, published, overdue or escalated), on overdue dossiers, and on reform tasks
 * (assigned, reminded before the deadline, escalated to the head when overdue), each in the recipient's language
 * when known. Messages are rendered from templates per event and language and sent from a persisted outbox with
 * retries, so none is lost while a server is down and none is sent twice for one event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = { "shared", "organization", "audit", "dossier", "portal", "citizen", "governance :: tasks" })
@org.jspecify.annotations.NullMarked
package org.motcua.notification;
