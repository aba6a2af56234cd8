-- Notices on the later steps of feedback (Decree 20/2008/NĐ-CP as amended; domain brief §10): to the sender when
-- more information is asked for (with the secret link to answer), when the feedback is answered and when the
-- answer is published; in-app to the unit's officials when the sender answered, when feedback is overdue and when it
-- is escalated by hand. The in-app FEEDBACK_RECEIVED notice now links to the feedback.
INSERT INTO notification.template (event_type, language, subject, body, sms) VALUES
('FEEDBACK_INFO_REQUESTED', 'vi', 'Đề nghị bổ sung thông tin cho phản ánh {{trackingCode}}',
 'Kính gửi {{contactName}},\n\n{{unit}} đề nghị Ông/Bà bổ sung thông tin cho phản ánh, kiến nghị {{trackingCode}}:\n{{request}}\n\nÔng/Bà có thể trả lời trực tuyến (kèm tệp ảnh hoặc PDF) tại: {{replyUrl}}\nĐường dẫn này chỉ dùng được một lần, xin không chia sẻ.',
 'PAKN {{trackingCode}}: de nghi bo sung thong tin. Tra loi tai {{replyUrl}}'),
('FEEDBACK_INFO_REQUESTED', 'en', 'More information needed for feedback {{trackingCode}}',
 'Dear {{contactName}},\n\n{{unit}} asks you for more information about your feedback {{trackingCode}}:\n{{request}}\n\nYou can answer online (with images or PDF files) at: {{replyUrl}}\nThe link works once; please do not share it.',
 'Feedback {{trackingCode}}: more information needed. Answer at {{replyUrl}}'),
('FEEDBACK_INFO_REQUESTED', 'th', 'ขอข้อมูลเพิ่มเติมสำหรับข้อร้องเรียน {{trackingCode}}',
 'เรียน {{contactName}}\n\n{{unit}} ขอข้อมูลเพิ่มเติมเกี่ยวกับข้อร้องเรียน {{trackingCode}} ของท่าน:\n{{request}}\n\nท่านสามารถตอบทางออนไลน์ (แนบรูปภาพหรือไฟล์ PDF) ได้ที่ {{replyUrl}}\nลิงก์นี้ใช้ได้ครั้งเดียว โปรดอย่าเผยแพร่',
 'ข้อร้องเรียน {{trackingCode}}: ขอข้อมูลเพิ่มเติม ตอบได้ที่ {{replyUrl}}'),
('FEEDBACK_ANSWERED', 'vi', 'Phản ánh {{trackingCode}} đã được trả lời',
 'Kính gửi {{contactName}},\n\n{{unit}} đã trả lời phản ánh, kiến nghị {{trackingCode}} của Ông/Bà. Câu trả lời sẽ được công khai tại: {{answerUrl}}',
 'PAKN {{trackingCode}} da duoc tra loi. Xem tai {{answerUrl}} khi cong khai'),
('FEEDBACK_ANSWERED', 'en', 'Feedback {{trackingCode}} answered',
 'Dear {{contactName}},\n\n{{unit}} has answered your feedback {{trackingCode}}. The answer will be published at: {{answerUrl}}',
 'Feedback {{trackingCode}} answered. Published soon at {{answerUrl}}'),
('FEEDBACK_ANSWERED', 'th', 'ข้อร้องเรียน {{trackingCode}} ได้รับคำตอบแล้ว',
 'เรียน {{contactName}}\n\n{{unit}} ได้ตอบข้อร้องเรียน {{trackingCode}} ของท่านแล้ว คำตอบจะเผยแพร่ที่ {{answerUrl}}',
 'ข้อร้องเรียน {{trackingCode}} ได้รับคำตอบแล้ว ดูได้ที่ {{answerUrl}}'),
('FEEDBACK_PUBLISHED', 'vi', 'Câu trả lời phản ánh {{trackingCode}} đã được công khai',
 'Kính gửi {{contactName}},\n\nCâu trả lời của {{unit}} cho phản ánh, kiến nghị {{trackingCode}} đã được công khai tại: {{answerUrl}}',
 'Tra loi PAKN {{trackingCode}} da cong khai: {{answerUrl}}'),
('FEEDBACK_PUBLISHED', 'en', 'The answer to feedback {{trackingCode}} is published',
 'Dear {{contactName}},\n\nThe answer of {{unit}} to your feedback {{trackingCode}} is published at: {{answerUrl}}',
 'Answer to feedback {{trackingCode}} published: {{answerUrl}}'),
('FEEDBACK_PUBLISHED', 'th', 'เผยแพร่คำตอบข้อร้องเรียน {{trackingCode}} แล้ว',
 'เรียน {{contactName}}\n\nคำตอบของ {{unit}} ต่อข้อร้องเรียน {{trackingCode}} ของท่านเผยแพร่แล้วที่ {{answerUrl}}',
 'เผยแพร่คำตอบข้อร้องเรียน {{trackingCode}} แล้ว: {{answerUrl}}'),
('FEEDBACK_REPLIED', 'vi', 'Người phản ánh đã bổ sung thông tin {{trackingCode}}',
 'Người gửi phản ánh, kiến nghị {{trackingCode}} ({{topic}}) đã bổ sung thông tin theo đề nghị của đơn vị. Phản ánh trở lại xử lý.', ''),
('FEEDBACK_REPLIED', 'en', 'Sender supplied information {{trackingCode}}',
 'The sender of feedback {{trackingCode}} ({{topic}}) supplied the information asked for. The feedback is back in handling.', ''),
('FEEDBACK_REPLIED', 'th', 'ผู้ร้องเรียนส่งข้อมูลเพิ่มเติมแล้ว {{trackingCode}}',
 'ผู้ส่งข้อร้องเรียน {{trackingCode}} ({{topic}}) ได้ส่งข้อมูลเพิ่มเติมตามที่ขอแล้ว ข้อร้องเรียนกลับเข้าสู่การดำเนินการ', ''),
('FEEDBACK_OVERDUE', 'vi', 'Phản ánh {{trackingCode}} quá hạn',
 'Phản ánh, kiến nghị {{trackingCode}} ({{topic}}) của {{unit}} đã quá hạn ({{stage}}: {{deadline}}) và được báo cáo lãnh đạo.', ''),
('FEEDBACK_OVERDUE', 'en', 'Feedback {{trackingCode}} overdue',
 'Feedback {{trackingCode}} ({{topic}}) of {{unit}} is past its deadline ({{stage}}: {{deadline}}) and was escalated to the head.', ''),
('FEEDBACK_OVERDUE', 'th', 'ข้อร้องเรียน {{trackingCode}} เกินกำหนด',
 'ข้อร้องเรียน {{trackingCode}} ({{topic}}) ของ {{unit}} เกินกำหนดแล้ว ({{stage}}: {{deadline}}) และได้รายงานหัวหน้าแล้ว', ''),
('FEEDBACK_ESCALATED', 'vi', 'Phản ánh {{trackingCode}} được báo cáo lãnh đạo',
 'Phản ánh, kiến nghị {{trackingCode}} ({{topic}}) của {{unit}} được chuyển báo cáo lãnh đạo.', ''),
('FEEDBACK_ESCALATED', 'en', 'Feedback {{trackingCode}} escalated',
 'Feedback {{trackingCode}} ({{topic}}) of {{unit}} was escalated to you.', ''),
('FEEDBACK_ESCALATED', 'th', 'ข้อร้องเรียน {{trackingCode}} ถูกรายงานหัวหน้า',
 'ข้อร้องเรียน {{trackingCode}} ({{topic}}) ของ {{unit}} ถูกส่งรายงานถึงท่าน', '');

-- the '\n' above are written as two characters: turn them into line breaks
UPDATE notification.template SET body = replace(body, '\n', E'\n') WHERE event_type IN
    ('FEEDBACK_INFO_REQUESTED', 'FEEDBACK_ANSWERED', 'FEEDBACK_PUBLISHED');
