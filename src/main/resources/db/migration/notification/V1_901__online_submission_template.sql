-- An online submission waits at the desk: the receiving unit's one-stop clerks hear of it in-app.
INSERT INTO notification.template (event_type, language, subject, body, sms) VALUES
('DOSSIER_SUBMITTED', 'vi', 'Hồ sơ trực tuyến mới {{code}}',
 'Hồ sơ {{code}} ({{procedure}}) của {{applicant}} được nộp trực tuyến, chờ bộ phận một cửa kiểm tra, tiếp nhận.', ''),
('DOSSIER_SUBMITTED', 'en', 'New online dossier {{code}}',
 'Dossier {{code}} ({{procedure}}) of {{applicant}} was submitted online and waits for the desk''s check.', ''),
('DOSSIER_SUBMITTED', 'th', 'แฟ้มคำขอออนไลน์ใหม่ {{code}}',
 'แฟ้มคำขอ {{code}} ({{procedure}}) ของ {{applicant}} ยื่นทางออนไลน์ รอจุดบริการตรวจสอบและรับเรื่อง', '');
