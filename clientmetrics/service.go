package clientmetrics

import "time"

var contactChannels = []string{"PHONE", "VISIT", "WECHAT", "DIGITAL"}

var service = join(
	eachWindow(func(w Window, suffix, zh, en string) *Metric {
		return integer(Service, "contacts"+suffix, zh+"服务次数", "Contacts"+en, "次", "窗口内的服务与沟通记录数",
			func(f *Facts) int64 { return f.Service.Contacts[w] })
	}),
	[]*Metric{
		day(Service, "last_contact_on", "最近联系日", "Last contacted on", "最近一次服务或沟通的日期",
			func(f *Facts) *time.Time { return f.Service.LastContact }),
		optionalInteger(Service, "days_since_last_contact", "距上次联系天数", "Days since last contact", "天", "最近一次服务或沟通距今天数",
			func(f *Facts) (int64, bool) { return daysSince(f, f.Service.LastContact) }),
		integer(Service, "complaints_365d", "近一年投诉次数", "Complaints, 365 days", "次", "近365天的投诉记录数",
			func(f *Facts) int64 { return f.Service.Complaints365 }),
		integer(Service, "complaints_total", "累计投诉次数", "Complaints", "次", "全部投诉记录数",
			func(f *Facts) int64 { return f.Service.ComplaintsAll }),
		day(Service, "last_complaint_on", "最近投诉日", "Last complaint on", "最近一次投诉的日期",
			func(f *Facts) *time.Time { return f.Service.LastComplaint }),
		integer(Service, "marketing_contacts_365d", "近一年营销次数", "Marketing contacts, 365 days", "次", "近365天的营销沟通次数",
			func(f *Facts) int64 { return f.Service.Marketing365 }),
		integer(Service, "consultations_365d", "近一年咨询次数", "Consultations, 365 days", "次", "近365天客户咨询次数",
			func(f *Facts) int64 { return f.Service.Consultations365 }),
		integer(Service, "risk_disclosures_365d", "近一年风险揭示次数", "Risk disclosures, 365 days", "次", "近365天的风险揭示记录数",
			func(f *Facts) int64 { return f.Service.Disclosures365 }),
		integer(Service, "phone_contacts_365d", "近一年电话联系", "Phone contacts, 365 days", "次", "近365天电话沟通次数",
			func(f *Facts) int64 { return f.Service.Phone365 }),
		integer(Service, "visits_365d", "近一年拜访次数", "Visits, 365 days", "次", "近365天面访与临柜次数",
			func(f *Facts) int64 { return f.Service.Visit365 }),
		integer(Service, "wechat_contacts_365d", "近一年微信联系", "WeChat contacts, 365 days", "次", "近365天微信沟通次数",
			func(f *Facts) int64 { return f.Service.WeChat365 }),
		enum(Service, "preferred_contact_channel", "偏好联系渠道", "Preferred contact channel", "近365天联系次数最多的渠道：电话、面访、微信或线上（短信、邮件、APP）",
			contactChannels, func(f *Facts) string {
				s := &f.Service
				return argmaxCount(contactChannels, []int64{s.Phone365, s.Visit365, s.WeChat365, s.Digital365})
			}),
		integer(Service, "open_follow_ups", "待跟进事项", "Open follow-ups", "项", "约定的回访日期在今天或之后的记录数",
			func(f *Facts) int64 { return f.Service.OpenFollowUps }),
		integer(Service, "overdue_follow_ups_30d", "逾期回访", "Overdue follow-ups", "项", "约定回访日期在近30天内已过、之后没有新联系的记录数",
			func(f *Facts) int64 { return f.Service.OverdueFollowUps }),
		boolean(Service, "uncontacted_90d", "90天未联系", "Not contacted in 90 days", "近90天没有任何服务或沟通记录",
			func(f *Facts) bool { return f.Service.Contacts[W90] == 0 }),
	},
)
