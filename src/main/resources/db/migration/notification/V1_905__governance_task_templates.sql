-- Reform tasks: the responsible official hears of an assignment and of the reminder before the deadline; the head of
-- the owning office or unit hears of an overdue task escalated to them. In-app and e-mail only (no SMS text).
INSERT INTO notification.template (event_type, language, subject, body, sms) VALUES
('TASK_ASSIGNED', 'vi', 'Được giao nhiệm vụ: {{title}}',
 'Ông/Bà được giao chủ trì thực hiện nhiệm vụ cải cách hành chính "{{title}}" của {{unit}}, thời hạn {{deadline}}. {{source}}\nXem và báo cáo tiến độ: {{link}}', ''),
('TASK_ASSIGNED', 'en', 'Task assigned to you: {{title}}',
 'You are responsible for the reform task "{{title}}" of {{unit}}, due {{deadline}}. {{source}}\nSee it and report progress: {{link}}', ''),
('TASK_ASSIGNED', 'th', 'ได้รับมอบหมายภารกิจ: {{title}}',
 'ท่านได้รับมอบหมายให้รับผิดชอบภารกิจปฏิรูป "{{title}}" ของ {{unit}} กำหนดเสร็จ {{deadline}} {{source}}\nดูและรายงานความคืบหน้า: {{link}}', ''),
('TASK_REMINDER', 'vi', 'Nhắc hạn nhiệm vụ: {{title}}',
 'Nhiệm vụ "{{title}}" của {{unit}} do Ông/Bà chủ trì sắp đến hạn ({{deadline}}). Đề nghị hoàn thành và báo cáo kết quả đúng hạn: {{link}}', ''),
('TASK_REMINDER', 'en', 'Reminder: {{title}} is due {{deadline}}',
 'The task "{{title}}" of {{unit}}, for which you are responsible, is due {{deadline}}. Please complete it and report on time: {{link}}', ''),
('TASK_REMINDER', 'th', 'แจ้งเตือน: {{title}} ครบกำหนด {{deadline}}',
 'ภารกิจ "{{title}}" ของ {{unit}} ที่ท่านรับผิดชอบใกล้ครบกำหนด ({{deadline}}) กรุณาดำเนินการให้เสร็จและรายงานตามกำหนด: {{link}}', ''),
('TASK_ESCALATED', 'vi', 'Nhiệm vụ quá hạn: {{title}}',
 'Nhiệm vụ "{{title}}" của {{unit}} đã quá hạn ({{deadline}}); người chủ trì: {{assignee}}. Đề nghị Ông/Bà, với tư cách người đứng đầu, chỉ đạo hoàn thành: {{link}}', ''),
('TASK_ESCALATED', 'en', 'Overdue task: {{title}}',
 'The task "{{title}}" of {{unit}} is overdue (due {{deadline}}); responsible official: {{assignee}}. As head of the unit, please see that it is completed: {{link}}', ''),
('TASK_ESCALATED', 'th', 'ภารกิจเกินกำหนด: {{title}}',
 'ภารกิจ "{{title}}" ของ {{unit}} เกินกำหนดแล้ว ({{deadline}}) ผู้รับผิดชอบ: {{assignee}} ในฐานะหัวหน้าหน่วยงาน กรุณากำกับให้แล้วเสร็จ: {{link}}', '');

UPDATE notification.template SET body = replace(body, '\n', E'\n') WHERE event_type LIKE 'TASK\_%';
